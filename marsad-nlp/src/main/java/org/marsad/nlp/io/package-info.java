/** Files written so that a crash or a power loss leaves a whole old or new file ({@link org.marsad.nlp.io.DurableFiles}). */
package org.marsad.nlp.io;
