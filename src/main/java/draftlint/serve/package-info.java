/**
 * {@code draftlint serve}: the local review page and its HTTP API, on Jetty's core server. This
 * package knows HTTP (routes, the guard against other sites, forms, limits); what a request is
 * answered with comes from {@link draftlint.serve.Reviews}, which the command line builds on the
 * same workspace as {@code check}, so the API's JSON is the JSON of {@code check --format json}.
 */
package draftlint.serve;
