/**
 * Console support shared by the registry's and the modules' Karaf commands: running a command
 * body so refused requests print as plain messages, parsing option values with messages that
 * name the option, tables that pad Chinese text by its terminal width, and the one folder commands
 * read and write files in ({@link org.guanai.shell.api.ConsoleFiles}).
 */
@Export
@Version("1.1.0")
package org.guanai.shell.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
