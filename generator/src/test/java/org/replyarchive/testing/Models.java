package org.replyarchive.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.replyarchive.config.Language;
import org.replyarchive.model.Body;
import org.replyarchive.model.Department;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.Handling;
import org.replyarchive.model.Localized;
import org.replyarchive.model.Proposal;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.ProposerKind;
import org.replyarchive.model.Reply;
import org.replyarchive.model.ReplyText;
import org.replyarchive.model.Session;
import org.replyarchive.model.Site;
import org.replyarchive.model.SiteSettings;
import org.replyarchive.model.Topic;

/** Model records made in one line, for unit tests that need a {@link Site} without a content folder. */
public final class Models {

    private Models() {}

    public static Session session(String key, int year, int term, int meeting) {
        return new Session(key, Body.CPPCC, term, meeting, year,
                new Localized<>(key + " 会议", "Session " + key));
    }

    public static Department department(String key, String zh, String en) {
        return new Department(key, new Localized<>(zh, en), new Localized<>(zh, en), List.of());
    }

    public static Proposer proposer(String key, String zh, String en) {
        return new Proposer(key, ProposerKind.MEMBER, new Localized<>(zh, en), List.of());
    }

    public static Topic topic(String key, String zh, String en) {
        return new Topic(key, new Localized<>(zh, en));
    }

    /** A full-text reply in Chinese and English whose other fields are given by {@link ReplyBuilder}. */
    public static ReplyBuilder reply(String slug, String date) {
        return new ReplyBuilder(slug, LocalDate.parse(date));
    }

    /** A site holding {@code replies} and every registry entry they use. */
    public static Site site(List<Reply> replies) {
        return new Site(
                new SiteSettings(new Localized<>("档案", "Archive"), new Localized<>("说明", "About"),
                        List.of(Language.ZH, Language.EN), new Localized<>("科技厅", "Department")),
                byKey(replies.stream().map(Reply::session), Session::key),
                byKey(replies.stream().flatMap(Models::departments), Department::key),
                byKey(replies.stream().flatMap(r -> r.proposal().proposers().stream()), Proposer::key),
                byKey(replies.stream().flatMap(r -> r.topics().stream()), Topic::key),
                List.of(), replies, List.of());
    }

    private static Stream<Department> departments(Reply reply) {
        return Stream.concat(Stream.of(reply.handling().lead()), reply.handling().co().stream());
    }

    private static <T> Map<String, T> byKey(Stream<T> values, Function<T, String> key) {
        return values.collect(Collectors.toMap(key, v -> v, (a, b) -> a));
    }

    /** Builds a {@link Reply}; every field has a plain default. */
    public static final class ReplyBuilder {
        private final String slug;
        private final LocalDate date;
        private Localized<String> title = new Localized<>("答复", "Reply");
        private Session session = Models.session("cppcc-13-1", 2023, 13, 1);
        private ProposalKind kind = ProposalKind.MEMBER;
        private List<Proposer> proposers = List.of(proposer("li-xiuyu", "李秀玉", "Li Xiuyu"));
        private Department lead = department("jl-kjt", "吉林省科学技术厅", "Department of Science and Technology");
        private List<Department> co = List.of();
        private List<Topic> topics = List.of();

        private ReplyBuilder(String slug, LocalDate date) {
            this.slug = slug;
            this.date = date;
        }

        public ReplyBuilder title(String zh, String en) {
            this.title = new Localized<>(zh, en);
            return this;
        }

        public ReplyBuilder session(Session session) {
            this.session = session;
            return this;
        }

        public ReplyBuilder kind(ProposalKind kind) {
            this.kind = kind;
            return this;
        }

        public ReplyBuilder proposers(Proposer... proposers) {
            this.proposers = List.of(proposers);
            return this;
        }

        public ReplyBuilder handling(Department lead, Department... co) {
            this.lead = lead;
            this.co = List.of(co);
            return this;
        }

        public ReplyBuilder topics(Topic... topics) {
            this.topics = List.of(topics);
            return this;
        }

        public Reply build() {
            String path = "replies/" + date.getYear() + "/" + slug;
            return new Reply(date.getYear(), slug, title, "吉科发〔" + date.getYear() + "〕1号", date, session,
                    new Proposal(slug, kind, new Localized<>("建议", "Proposal"), proposers), new Handling(lead, co),
                    topics, Disclosure.FULL, new Localized<>("摘要", "Summary"), Optional.empty(),
                    Map.of(Language.ZH, new ReplyText(path + ".zh.md", 18, "digest-zh", java.util.Optional.of("正文")),
                            Language.EN, new ReplyText(path + ".en.md", 7, "digest-en", java.util.Optional.of("Text"))),
                    Language.ZH, List.of());
        }
    }
}
