package org.newslint.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.model.Sourcing;
import org.newslint.analysis.model.Statement;
import org.newslint.rules.RuleDocs;
import org.newslint.text.Document;
import org.newslint.text.LineIndex;
import org.newslint.text.SourceMap;
import org.newslint.text.TextRange;

/**
 * The machine-readable report of DESIGN.md §5; field meanings never change, fields may be added.
 * {@code docsBase} is the {@code rulesDocumentationUrl} setting (null: the default) each finding's
 * {@code docsUrl} is under.
 * Offsets ({@code start}, {@code end}) are into the file as read: for an HTML article, into the HTML.
 */
final class JsonReport {
    private JsonReport() {}

    /** The analysed text, and offsets into it as offsets into the file (they differ for HTML). */
    private record Doc(String text, SourceMap map) {
        Doc(Document d) {
            this(d.text(), d.source());
        }

        int at(int offset) {
            return map == null ? offset : map.toSource(offset);
        }
    }

    static JsonObject of(String path, ArticleAnalysis a, String docsBase) {
        Doc text = new Doc(a.document());
        JsonObject root = new JsonObject();
        root.addProperty("path", path);
        JsonArray quotes = new JsonArray();
        for (Quote q : a.quotes()) {
            JsonObject o = span(q.range(), text);
            o.addProperty("kind", q.kind().label());
            o.addProperty("closed", q.closed());
            o.add("speaker", source(q.speaker(), text));
            o.add("cue", cue(q.cue(), text));
            o.add("statement", q.statement() == null ? JsonNull.INSTANCE : span(q.statement(), text));
            quotes.add(o);
        }
        root.add("quotes", quotes);
        JsonArray statements = new JsonArray();
        for (Statement st : a.statements()) {
            JsonObject o = span(st.range(), text);
            o.addProperty("kind", st.kind().label());
            o.add("speaker", source(st.speaker(), text));
            o.add("cue", cue(st.cue(), text));
            JsonArray quoted = new JsonArray();
            for (TextRange r : st.quotes()) {
                JsonObject qo = new JsonObject();
                qo.addProperty("start", text.at(r.start()));
                qo.addProperty("end", text.at(r.end()));
                quoted.add(qo);
            }
            o.add("quotes", quoted);
            statements.add(o);
        }
        root.add("statements", statements);
        JsonArray entities = new JsonArray();
        for (Entity e : a.entities()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("name", e.name());
            o.addProperty("type", e.type().name());
            o.add("aliases", strings(e.aliases()));
            o.add("descriptions", strings(e.descriptions()));
            JsonArray mentions = new JsonArray();
            for (TextRange m : e.mentions()) {
                JsonObject mo = new JsonObject();
                mo.addProperty("start", text.at(m.start()));
                mo.addProperty("end", text.at(m.end()));
                mo.addProperty("text", m.of(text.text()));
                mentions.add(mo);
            }
            o.add("mentions", mentions);
            entities.add(o);
        }
        root.add("entities", entities);
        JsonArray sentences = new JsonArray();
        for (SentenceInfo s : a.sentences()) {
            JsonObject o = new JsonObject();
            o.addProperty("start", text.at(s.range().start()));
            o.addProperty("end", text.at(s.range().end()));
            o.addProperty("attributed", s.attributed());
            if (s.attributedBy() != null) {
                o.addProperty("attributedBy", s.attributedBy().label());
            }
            o.addProperty("claim", s.claim());
            if (s.claimKind() != null) {
                o.addProperty("claimKind", s.claimKind().name().toLowerCase(java.util.Locale.ROOT));
                o.addProperty("checkWorthy", s.checkWorthy());
            }
            if (!Double.isNaN(s.claimProbability())) {
                o.addProperty("claimProbability", Math.round(s.claimProbability() * 1000) / 1000.0);
            }
            if (s.nonClaimReason() != null) {
                o.addProperty("nonClaimReason", s.nonClaimReason().label());
            }
            o.add("source", source(s.source(), text));
            if (s.sourcing() != null) {
                JsonObject so = new JsonObject();
                so.addProperty("need", s.sourcing().need().label());
                so.addProperty("needsSource", Math.round(s.sourcing().needsSource() * 1000) / 1000.0);
                so.addProperty("claim", Math.round(s.sourcing().claim() * 1000) / 1000.0);
                if (s.sourcing().need() != Sourcing.Need.NONE) {
                    so.addProperty("description", s.sourcing().description());
                }
                o.add("sourcing", so);
            }
            sentences.add(o);
        }
        root.add("sentences", sentences);
        root.add("findings", findings(a, docsBase));
        return root;
    }

    /** The findings part of the report, which {@code check --format json} prints on its own. */
    static JsonArray findings(ArticleAnalysis a, String docsBase) {
        LineIndex lines = a.document().lineIndex();
        Doc text = new Doc(a.document());
        JsonArray findings = new JsonArray();
        for (Finding f : a.findings()) {
            JsonObject o = new JsonObject();
            o.addProperty("rule", f.rule());
            o.addProperty("severity", f.severity().label());
            o.addProperty("start", text.at(f.range().start()));
            o.addProperty("end", text.at(f.range().end()));
            LineIndex.Position p = lines.position(f.range().start());
            o.addProperty("line", p.line() + 1);
            o.addProperty("column", p.column() + 1);
            LineIndex.Position e = lines.position(f.range().end());
            o.addProperty("endLine", e.line() + 1);
            o.addProperty("endColumn", e.column() + 1);
            o.addProperty("message", f.message());
            if (RuleDocs.documented(f.rule())) {
                // the rule's page: its path in the repository, and its URL under rulesDocumentationUrl
                o.addProperty("docs", RuleDocs.path(f.rule()));
                o.addProperty("docsUrl", RuleDocs.url(docsBase, f.rule()));
            }
            if (!f.related().isEmpty()) {
                JsonArray related = new JsonArray();
                for (Finding.Related r : f.related()) {
                    JsonObject ro = new JsonObject();
                    ro.addProperty("start", text.at(r.range().start()));
                    ro.addProperty("end", text.at(r.range().end()));
                    LineIndex.Position rp = lines.position(r.range().start());
                    ro.addProperty("line", rp.line() + 1);
                    ro.addProperty("column", rp.column() + 1);
                    ro.addProperty("message", r.message());
                    related.add(ro);
                }
                o.add("related", related);
            }
            findings.add(o);
        }
        return findings;
    }

    private static JsonObject span(TextRange r, Doc text) {
        JsonObject o = new JsonObject();
        o.addProperty("start", text.at(r.start()));
        o.addProperty("end", text.at(r.end()));
        o.addProperty("text", r.of(text.text()));
        return o;
    }

    private static com.google.gson.JsonElement source(Source s, Doc text) {
        if (s == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = span(s.range(), text);
        if (s.entityId() != null) {
            o.addProperty("entity", s.entityId());
            o.addProperty("name", s.name());
        } else {
            o.add("entity", JsonNull.INSTANCE);
        }
        return o;
    }

    private static com.google.gson.JsonElement cue(Cue c, Doc text) {
        if (c == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = span(c.range(), text);
        o.addProperty("lemma", c.lemma());
        return o;
    }

    private static JsonArray strings(java.util.List<String> values) {
        JsonArray arr = new JsonArray();
        values.forEach(arr::add);
        return arr;
    }
}
