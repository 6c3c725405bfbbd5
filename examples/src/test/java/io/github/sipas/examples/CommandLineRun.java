package io.github.sipas.examples;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line with its exit code and captured output. */
record CommandLineRun(int code, String out, String err) {

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SipasCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
