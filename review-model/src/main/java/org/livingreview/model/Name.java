package org.livingreview.model;

/**
 * A person's name split the way CSL splits it, or a literal name for an organisation.
 * {@code particle} is the non-dropping particle ("van" in "van Outersterp"), {@code droppingParticle}
 * the dropping one ("de" in "Jean de La Fontaine" styles that drop it).
 */
public record Name(String family, String given, String particle, String droppingParticle, String suffix,
                   String literal) {

    public static Name person(String family, String given) {
        return new Name(family, given, null, null, null, null);
    }

    public static Name organisation(String literal) {
        return new Name(null, null, null, null, null, literal);
    }

    public boolean isLiteral() {
        return literal != null;
    }

    /** The family name with its non-dropping particle in front, as it is sorted and cited ("van Outersterp"). */
    public String familyWithParticle() {
        if (isLiteral()) {
            return literal;
        }
        return particle == null ? family : particle + " " + family;
    }
}
