package org.giraphml.export;

import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dmg.pmml.Application;
import org.dmg.pmml.DataDictionary;
import org.dmg.pmml.DataField;
import org.dmg.pmml.DataType;
import org.dmg.pmml.Header;
import org.dmg.pmml.MiningField;
import org.dmg.pmml.MiningSchema;
import org.dmg.pmml.Model;
import org.dmg.pmml.OpType;
import org.dmg.pmml.PMML;
import org.dmg.pmml.Version;
import org.giraphml.api.MlModel;
import org.jpmml.model.JAXBSerializer;

/**
 * The parts every exported PMML document shares, so that exporters agree on them: the input
 * fields, the mining schema, the header, and the XML itself.
 *
 * <p>Input fields: a model.json does not record column names, so feature {@code j} (0-based,
 * in the order the model's rows have them: the input's columns without the label) is the
 * continuous double field {@code x<j>}: {@code x0, x1, ...}. A consumer maps its columns to
 * these names.
 */
public final class Pmml {
  /** The PMML version written, {@code 4.4}. */
  public static final String VERSION = Version.PMML_4_4.getVersion();

  private Pmml() {
  }

  /** The name of feature {@code j} (0-based). */
  public static String featureName(int j) {
    return "x" + j;
  }

  /** The model's features as continuous double fields, in order. */
  public static List<DataField> features(MlModel model) {
    List<DataField> fields = new ArrayList<>(model.dimensions());
    for (int j = 0; j < model.dimensions(); j++) {
      fields.add(new DataField(featureName(j), OpType.CONTINUOUS, DataType.DOUBLE));
    }
    return fields;
  }

  /** The mining schema: every feature active, and the target if there is one (else null). */
  public static MiningSchema miningSchema(List<DataField> features, DataField target) {
    MiningSchema schema = new MiningSchema();
    if (target != null) {
      schema.addMiningFields(new MiningField(target).setUsageType(MiningField.UsageType.TARGET));
    }
    for (DataField f : features) {
      schema.addMiningFields(new MiningField(f));
    }
    return schema;
  }

  /**
   * A PMML 4.4 document holding one model.
   *
   * @param source what the model is, for the header's description
   * @param fields the data dictionary's fields (features, then a target if any)
   */
  public static PMML document(String source, List<DataField> fields, Model model) {
    Header header = new Header()
        .setApplication(new Application("giraph-ml"))
        .setDescription(source);
    DataDictionary dictionary = new DataDictionary();
    fields.forEach(dictionary::addDataFields);
    return new PMML(VERSION, header, dictionary).addModels(model);
  }

  /** The document as indented UTF-8 XML. */
  public static String toXml(PMML pmml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new JAXBSerializer().serializePretty(pmml, out);
    } catch (JAXBException e) {
      // The object model is built by code, so a failure here is a bug, not bad input.
      throw new IllegalStateException("PMML could not be written: " + e, e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
