package draftlint.draft;

/** What a draft was read from; recognizers use it to know what the markup already said. */
public enum SourceFormat {
    TEXT, MARKDOWN, WORD
}
