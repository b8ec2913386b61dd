/**
 * {@code report.html}: the page a person reads to judge a training run, written by the job
 * runner beside {@code summary.json} before the output is committed.
 *
 * <p>The page is built from what every run already produces (the summary, the model, the
 * job's settings and, when the run kept them, its per-row predictions) by a list of
 * {@link org.giraphml.report.ReportSection}s: the framework's own (overview, input, settings,
 * timings) around the ones the algorithm registers through
 * {@code MlAlgorithm.reportSections()}. Sections write through {@link
 * org.giraphml.report.ReportPage}, which escapes every string and embeds every plot as a PNG
 * data URI drawn by XChart, so the file is self-contained: no network fetch, no external CSS
 * or script. This package depends on nothing else of giraph-ml's, so any layer may use it.
 */
package org.giraphml.report;
