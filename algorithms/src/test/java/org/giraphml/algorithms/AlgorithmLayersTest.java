package org.giraphml.algorithms;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * An algorithm is written against the authoring API (api and the layers below it), checked on
 * every build: it never reaches into the command line, the engines or the test harness, and
 * no algorithm borrows from another, so each package can be read, changed or removed alone.
 * The framework's own layers are checked by giraph-ml's {@code PackageLayersTest}; only main
 * code is checked here.
 */
@AnalyzeClasses(packages = "org.giraphml.algorithms",
    importOptions = ImportOption.DoNotIncludeTests.class)
class AlgorithmLayersTest {
  @ArchTest
  static final ArchRule algorithmsUseOnlyTheAuthoringApi = noClasses()
      .that().resideInAPackage("org.giraphml.algorithms..")
      .should().dependOnClassesThat().resideInAnyPackage("org.giraphml.job..",
          "org.giraphml.engine..", "org.giraphml.testing..")
      .because("the runner, the engines and the test harness are not part of the authoring API");

  @ArchTest
  static final ArchRule algorithmsDoNotImportEachOther =
      slices().matching("org.giraphml.algorithms.(*)..")
          .should().notDependOnEachOther()
          .because("k-means and regression share code only through the framework");
}
