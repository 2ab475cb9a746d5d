/** Reading input files: compression detected from the bytes, UTF-8 throughout. */
package io.reposignal.io;
