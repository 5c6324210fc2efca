package org.livingreview.model;

/** What kind of study a paper reports and on whom, as shown in the evidence table. */
public record Study(String design, String population) {

    public static final Study UNKNOWN = new Study(null, null);
}
