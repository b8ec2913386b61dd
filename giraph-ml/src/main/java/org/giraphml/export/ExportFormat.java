package org.giraphml.export;

/** The file formats {@code giraph-ml export} writes ({@code --format}). */
public enum ExportFormat {
  /** PMML 4.4 XML (http://dmg.org/pmml/v4-4/GeneralStructure.html). */
  PMML
}
