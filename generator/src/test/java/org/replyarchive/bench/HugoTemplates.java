package org.replyarchive.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The layouts and interface words of the Hugo site: minimal, but each page shows what the same page of Reply
 * Archive shows at its core — a reply's metadata linked to its taxonomy terms with the names from the
 * registries, its Markdown body, the lists of a term newest first in pages of 20 — so that Hugo does the same
 * kind of work. No CSS, no JavaScript, no search.
 */
final class HugoTemplates {

    private HugoTemplates() {}

    /** Every file, by path in the Hugo site. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("layouts/_default/baseof.html", BASEOF);
        files.put("layouts/index.html", HOME);
        files.put("layouts/replies/single.html", REPLY);
        files.put("layouts/_default/single.html", PAGE);
        files.put("layouts/_default/list.html", LIST);
        files.put("layouts/_default/taxonomy.html", TAXONOMY);
        files.put("layouts/_default/term.html", TERM);
        files.put("layouts/partials/name.html", NAME);
        files.put("layouts/partials/reply-item.html", REPLY_ITEM);
        files.put("layouts/partials/term-list.html", TERM_LIST);
        files.put("i18n/zh.yaml", I18N_ZH);
        files.put("i18n/en.yaml", I18N_EN);
        files.put("data/kinds.yaml", KINDS);
        return files;
    }

    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ site.Language.Lang }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ if not .IsHome }}{{ .Title }} · {{ end }}{{ site.Title }}</title>
            <link rel="canonical" href="{{ .Permalink }}">
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Language.Lang }}" href="{{ .Permalink }}">
            {{ end }}{{ with site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .RelPermalink }}">{{ end }}
            </head>
            <body>
            <header><a href="{{ "" | relLangURL }}">{{ site.Title }}</a>
            <nav>{{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Language.LanguageName }}</a>{{ end }}</nav>
            </header>
            <main>{{ block "main" . }}{{ end }}</main>
            </body>
            </html>
            """;

    private static final String HOME = """
            {{ define "main" }}
            <h1>{{ site.Title }}</h1>
            <h2>{{ i18n "latest" }}</h2>
            <ol class="replies">{{ range first 20 (where site.RegularPages "Section" "replies") }}{{ partial "reply-item.html" . }}{{ end }}</ol>
            {{ range $taxonomy, $terms := site.Taxonomies }}
            <h2><a href="{{ printf "%s/" $taxonomy | relLangURL }}">{{ i18n $taxonomy }}</a></h2>
            {{ partial "term-list.html" (dict "taxonomy" $taxonomy "terms" $terms) }}
            {{ end }}
            {{ end }}
            """;

    private static final String REPLY = """
            {{ define "main" }}
            <article class="reply">
            <h1>{{ .Title }}</h1>
            <p>{{ .Params.doc_number }} · <time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2006-01-02" }}</time></p>
            <p>{{ i18n "proposal" }} {{ .Params.proposal_number }}: {{ .Params.proposal_title }}</p>
            <dl>
            {{- $page := . }}
            {{- range $taxonomy := slice "years" "sessions" "kinds" "proposers" "departments" "topics" }}
            <dt>{{ i18n $taxonomy }}</dt>
            <dd>{{ range $i, $term := $page.GetTerms $taxonomy }}{{ if $i }}, {{ end }}<a href="{{ $term.RelPermalink }}">{{ partial "name.html" (dict "taxonomy" $taxonomy "term" $term.Data.Term) }}</a>{{ end }}</dd>
            {{- end }}
            </dl>
            {{ with .Params.summary }}<p class="summary">{{ . }}</p>{{ end }}
            {{ if .Params.untranslated }}<p>{{ i18n "untranslated" }} {{ range .Translations }}<a href="{{ .RelPermalink }}" hreflang="{{ .Language.Lang }}">{{ .Title }}</a>{{ end }}</p>{{ end }}
            <div class="body">{{ .Content }}</div>
            </article>
            {{ end }}
            """;

    private static final String PAGE = """
            {{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}
            """;

    private static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ol class="replies">{{ range .Paginator.Pages }}{{ partial "reply-item.html" . }}{{ end }}</ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    private static final String TAXONOMY = """
            {{ define "main" }}
            <h1>{{ i18n .Data.Plural }}</h1>
            {{ partial "term-list.html" (dict "taxonomy" .Data.Plural "terms" .Data.Terms) }}
            {{ end }}
            """;

    private static final String TERM = """
            {{ define "main" }}
            <h1>{{ partial "name.html" (dict "taxonomy" .Data.Plural "term" .Data.Term) }}</h1>
            <ol class="replies">{{ range .Paginator.Pages }}{{ partial "reply-item.html" . }}{{ end }}</ol>
            {{ template "_internal/pagination.html" . }}
            {{ end }}
            """;

    /** The name of a term in the page's language, from the registries in data/; the key itself if none. */
    private static final String NAME = """
            {{- $lang := site.Language.Lang -}}
            {{- $entry := index (index site.Data .taxonomy | default dict) .term -}}
            {{- with $entry -}}
            {{- with .name }}{{ index . $lang }}{{ else }}{{ index $entry $lang }}{{ end -}}
            {{- else -}}
            {{- .term -}}
            {{- end -}}
            """;

    private static final String REPLY_ITEM = """
            <li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "2006-01-02" }}</time>{{ with .Params.summary }}<p>{{ . }}</p>{{ end }}</li>
            """;

    private static final String TERM_LIST = """
            <ul>{{ $taxonomy := .taxonomy }}{{ range .terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ partial "name.html" (dict "taxonomy" $taxonomy "term" .Name) }}</a> ({{ .Count }})</li>{{ end }}</ul>
            """;

    private static final String I18N_ZH = """
            years: 年份
            sessions: 会议
            kinds: 类别
            proposers: 提出者
            departments: 办理单位
            topics: 主题
            proposal: 提案
            latest: 最新答复
            untranslated: 本答复尚无英文译文，请阅读原文：
            """;

    private static final String I18N_EN = """
            years: Years
            sessions: Sessions
            kinds: Kinds
            proposers: Proposers
            departments: Departments
            topics: Topics
            proposal: Proposal
            latest: Latest replies
            untranslated: "This reply has not been translated yet; read the original:"
            """;

    /** The names of the proposal kinds, which Reply Archive keeps in its theme rather than in a registry. */
    private static final String KINDS = """
            member: {name: {zh: 委员提案, en: Member proposals}}
            party-group: {name: {zh: 党派团体提案, en: Party and group proposals}}
            sector: {name: {zh: 界别提案, en: Sector proposals}}
            committee: {name: {zh: 专委会提案, en: Special committee proposals}}
            deputy: {name: {zh: 代表建议, en: Deputy suggestions}}
            """;
}
