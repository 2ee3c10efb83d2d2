package org.replyarchive.render;

import org.replyarchive.model.Disclosure;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.route.Facet;

/**
 * The UI string keys that stand for a value of an enum, each written out once here, so that a search for a
 * key finds every use of it (no key is ever made by joining words) and the compiler sees that every value
 * has one.
 */
final class UiKeys {

    private UiKeys() {}

    /** The name of a proposal kind: "Member proposal". */
    static String kind(ProposalKind kind) {
        return switch (kind) {
            case MEMBER -> "kind_member";
            case PARTY_GROUP -> "kind_party-group";
            case SECTOR -> "kind_sector";
            case COMMITTEE -> "kind_committee";
            case DEPUTY -> "kind_deputy";
        };
    }

    /** The name of a facet, as its overview page's title and in the navigation: "Years". */
    static String facet(Facet facet) {
        return switch (facet) {
            case YEAR -> "facet_years";
            case SESSION -> "facet_sessions";
            case PROPOSER -> "facet_proposers";
            case DEPARTMENT -> "facet_departments";
            case TOPIC -> "facet_topics";
            case KIND -> "facet_kinds";
        };
    }

    /** The description of a facet's overview page. */
    static String facetDescription(Facet facet) {
        return switch (facet) {
            case YEAR -> "facet_years_description";
            case SESSION -> "facet_sessions_description";
            case PROPOSER -> "facet_proposers_description";
            case DEPARTMENT -> "facet_departments_description";
            case TOPIC -> "facet_topics_description";
            case KIND -> "facet_kinds_description";
        };
    }

    /** The name of a disclosure: "Summary only". */
    static String disclosure(Disclosure disclosure) {
        return switch (disclosure) {
            case FULL -> "disclosure_full";
            case SUMMARY -> "disclosure_summary";
            case TITLE_ONLY -> "disclosure_title-only";
        };
    }
}
