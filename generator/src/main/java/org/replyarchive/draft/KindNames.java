package org.replyarchive.draft;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.replyarchive.model.ProposalKind;

/** The Chinese names of the proposal kinds, as reply titles print them (第2023D51号党派团体提案). */
public final class KindNames {

    private static final Map<ProposalKind, String> TITLE_NAMES = Map.of(
            ProposalKind.MEMBER, "委员提案",
            ProposalKind.PARTY_GROUP, "党派团体提案",
            ProposalKind.SECTOR, "界别提案",
            ProposalKind.COMMITTEE, "专委会提案",
            ProposalKind.DEPUTY, "代表建议");

    private KindNames() {}

    /** The name a title gives {@code kind}: 委员提案, 党派团体提案 … */
    public static String titleName(ProposalKind kind) {
        return TITLE_NAMES.get(kind);
    }

    /**
     * Every name a text may give a kind, the longer ones that contain a shorter one first, so that a scan in
     * this order finds the most specific: 专门委员会提案 is a committee's proposal, not a member's.
     */
    public static Map<String, ProposalKind> spellings() {
        Map<String, ProposalKind> names = new LinkedHashMap<>();
        names.put("党派团体提案", ProposalKind.PARTY_GROUP);
        names.put("界别提案", ProposalKind.SECTOR);
        names.put("专委会提案", ProposalKind.COMMITTEE);
        names.put("专门委员会提案", ProposalKind.COMMITTEE);
        names.put("委员提案", ProposalKind.MEMBER);
        names.put("代表建议", ProposalKind.DEPUTY);
        return names;
    }

    /** The kinds with their names, for hints: {@code member, … or deputy (委员提案, … 代表建议)}. */
    static String hint() {
        List<String> keys = Arrays.stream(ProposalKind.values()).map(ProposalKind::key).toList();
        List<String> names = Arrays.stream(ProposalKind.values()).map(KindNames::titleName).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1)
                + " (" + String.join(", ", names) + ")";
    }
}
