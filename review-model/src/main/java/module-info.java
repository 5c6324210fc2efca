/** The review's model, YAML loading and validation. */
module org.livingreview.model {
    requires org.yaml.snakeyaml;
    requires org.apache.commons.text;
    requires org.commonmark;
    requires org.commonmark.ext.gfm.tables;
    exports org.livingreview.model;
    exports org.livingreview.model.load;
    exports org.livingreview.model.versions;
}
