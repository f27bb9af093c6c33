/**
 * Layout profiles: what a Word draft's page, fonts and sizes must be, read from
 * {@code rules/layouts/*.layout} and a unit's own {@code --rules DIR/layouts/}, and the font families
 * a font name belongs to ({@code rules/lists/layout/fonts-*.txt}).
 */
package draftlint.layout;
