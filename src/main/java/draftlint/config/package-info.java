/**
 * {@code .draftlint.yml}: reading it (strictly: an unknown key is an error that names it), finding
 * the one that governs each checked file, and matching its globs.
 */
package draftlint.config;
