/**
 * The {@code sipas} command line ({@link io.github.sipas.examples.SipasCommand}) and short runnable examples of the API.
 * Nothing here is a dependency of the library modules.
 */
package io.github.sipas.examples;
