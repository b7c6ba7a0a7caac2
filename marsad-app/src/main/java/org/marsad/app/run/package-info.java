/**
 * The long-running engine behind {@code marsad run} and {@code marsad watch}: the store, the
 * services the HTTP server delegates to, and the feed watcher feeding articles through the
 * analyser into the store and the alerts ({@link org.marsad.app.run.Engine}).
 */
package org.marsad.app.run;
