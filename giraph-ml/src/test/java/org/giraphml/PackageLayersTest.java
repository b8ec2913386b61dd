package org.giraphml;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The framework's packages point one way, checked on every build (issue #10):
 * {@code conf, math <- graph <- io, reduce <- api <- engine <- job}, with {@code predict} and
 * {@code testing} on top of api and engine, and {@code export} (reads models through api,
 * writes through io) below job; {@code report} (report.html) sits at the bottom
 * with conf and math. An algorithm author depends on api and what lies
 * below it; the command line and the engines can change without touching an algorithm.
 * Only main code is checked: a test may reach across layers to set up what it tests.
 */
@AnalyzeClasses(packages = "org.giraphml", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayersTest {
  private static final String OURS = "org.giraphml..";

  @ArchTest
  static final ArchRule noPackageCycle = slices().matching("org.giraphml.(*)..")
      .should().beFreeOfCycles()
      .because("a cycle makes two packages one: neither can be read, tested or replaced alone");

  @ArchTest
  static final ArchRule layersOnlyPointDown = layeredArchitecture()
      .consideringOnlyDependenciesInLayers()
      .layer("conf").definedBy("org.giraphml.conf..")
      .layer("math").definedBy("org.giraphml.math..")
      .layer("report").definedBy("org.giraphml.report..")
      .layer("graph").definedBy("org.giraphml.graph..")
      .layer("io").definedBy("org.giraphml.io..")
      .layer("reduce").definedBy("org.giraphml.reduce..")
      .layer("api").definedBy("org.giraphml.api..")
      .layer("engine").definedBy("org.giraphml.engine..")
      .layer("export").definedBy("org.giraphml.export..")
      .layer("job").definedBy("org.giraphml.job..")
      .layer("predict").definedBy("org.giraphml.predict..")
      .layer("testing").definedBy("org.giraphml.testing..")
      .whereLayer("job").mayOnlyBeAccessedByLayers("testing")
      .whereLayer("export").mayOnlyBeAccessedByLayers("job", "testing")
      .whereLayer("predict").mayNotBeAccessedByAnyLayer()
      .whereLayer("testing").mayNotBeAccessedByAnyLayer()
      .whereLayer("engine").mayOnlyBeAccessedByLayers("job", "testing")
      .whereLayer("api").mayOnlyBeAccessedByLayers("engine", "export", "job", "predict",
          "testing")
      .whereLayer("io").mayOnlyBeAccessedByLayers("api", "engine", "export", "job", "predict",
          "testing")
      .whereLayer("reduce").mayOnlyBeAccessedByLayers("api", "engine", "job", "predict",
          "testing")
      .whereLayer("report").mayOnlyBeAccessedByLayers("api", "engine", "job", "predict",
          "testing")
      .whereLayer("graph").mayOnlyBeAccessedByLayers("io", "reduce", "api", "engine", "job",
          "predict", "testing")
      .because("layers point down: conf, math <- graph <- io, reduce <- api <- engine <- job");

  @ArchTest
  static final ArchRule confImportsNothingOfOurs = importsNothingOfOursOutside("conf")
      .because("options are the bottom layer; every other package declares its own");

  @ArchTest
  static final ArchRule mathImportsNothingOfOurs = importsNothingOfOursOutside("math")
      .because("the mathematics is plain Java on arrays, testable without Giraph or options");

  @ArchTest
  static final ArchRule reportImportsNothingOfOurs = importsNothingOfOursOutside("report")
      .because("the report reads what a run wrote (JSON, settings as text), so every layer, "
          + "the algorithms' included, can add a section without a cycle");

  private static ArchRule importsNothingOfOursOutside(String bottomLayer) {
    String layer = "org.giraphml." + bottomLayer + "..";
    return noClasses().that().resideInAPackage(layer)
        .should().dependOnClassesThat(resideInAPackage(OURS).and(not(resideInAPackage(layer))));
  }
}
