package draftlint.report;

import draftlint.engine.FileReport;

/** Prints a run's reports in one format. Called once per file in input order, then once at the end. */
public interface Reporter {
    void file(FileReport report);

    void finish(Summary summary);
}
