package org.newslint.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.nlp.quotes.QuoteModel;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.rules.Checker;
import org.newslint.rules.Rules;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.tools.eval.BratAttributions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every command over the shared datasets needs: the analysis, and clear messages for missing data. */
abstract class DatasetCommand {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--without-name-model",
            description =
                    "Type names from rules and gazetteers alone, without the trained name finder (for comparison).")
    boolean withoutNameModel;

    private Checker checker;

    Checker checker() {
        if (checker == null) {
            Analyzer.Builder config = Analyzer.Config.builder()
                    .claimModel(claimModel())
                    .quoteModel(quoteModel())
                    .sourcingModel(sourcingModel());
            checker = new Checker((withoutNameModel ? config.withoutNameModel() : config).analyzer(), Rules.ALL);
        }
        return checker;
    }

    /** The check-worthiness model that takes part in the claim decision, or null for the rules alone. */
    Supplier<CheckWorthinessModel> claimModel() {
        return CheckWorthinessModel::shared;
    }

    /** The quote model that turns quoted terms into terms, or null to keep every quotation. */
    Supplier<QuoteModel> quoteModel() {
        return QuoteModel::sharedOrNull;
    }

    /** The sourcing model that decides unattributed-claim, or null for the claim rules alone. */
    Supplier<SourcingModel> sourcingModel() {
        return SourcingModel::sharedOrNull;
    }

    ArticleAnalysis analyse(String name, String text) {
        return checker()
                .check(
                        new Document("file:///" + name + ".txt", 0, text, DocumentFormat.PLAIN_TEXT),
                        Settings.defaults());
    }

    /** The PolNeAR-style documents in {@code dir}, or null after telling the user what is wrong. */
    List<BratAttributions.Doc> readBrat(Path dir) {
        try {
            return BratAttributions.read(dir);
        } catch (IOException e) {
            spec.commandLine()
                    .getErr()
                    .println("newslint: " + e.getMessage()
                            + " (the shared datasets live in ../shared/datasets next to the project root)");
            return null;
        }
    }

    boolean exists(Path file) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        spec.commandLine()
                .getErr()
                .println("newslint: " + file + ": no such file (the shared datasets live in ../shared/datasets)");
        return false;
    }
}
