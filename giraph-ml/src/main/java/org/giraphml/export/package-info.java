/**
 * {@code giraph-ml export}: writes a trained model in a format other systems score. PMML 4.4
 * (the Data Mining Group's Predictive Model Markup Language) is built with JPMML's object
 * model ({@code org.jpmml:pmml-model}) and marshalled by JAXB, never written by hand.
 *
 * <p>Each algorithm supplies its own {@link org.giraphml.export.PmmlExporter}, registered as a
 * service next to its {@code ModelFormat}; the command finds it by the model's
 * {@code algorithm}, so a new algorithm adds an exporter without editing this package.
 * Layering: on top of {@code api} and {@code io}, below {@code job}.
 */
package org.giraphml.export;
