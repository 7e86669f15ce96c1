package org.vocstat.operator;

import java.util.concurrent.Callable;

/**
 * A subcommand that a tool (the sample generator, the benchmark) adds to {@code vocstat}:
 * a picocli {@code @Command} with a public no-argument constructor, named in
 * {@code META-INF/services/org.vocstat.operator.ToolCommand}, so that the command line
 * finds it through {@link java.util.ServiceLoader} without depending on the tool. A field
 * of type {@link ToolContext} annotated {@code @ParentCommand} receives what the command
 * line offers it.
 */
public interface ToolCommand extends Callable<Integer> {

}
