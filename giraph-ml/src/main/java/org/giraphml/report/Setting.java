package org.giraphml.report;

/**
 * One option of the job as the report shows it.
 *
 * @param flag the command-line flag without dashes, e.g. {@code k}
 * @param key the configuration key, e.g. {@code giraphml.kmeans.k}
 * @param value the value the job ran with, as text
 * @param given whether the user set it (otherwise {@code value} is the default)
 */
public record Setting(String flag, String key, String value, boolean given) {
}
