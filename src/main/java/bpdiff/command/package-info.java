/**
 * What {@code bpdiff check} and {@code bpdiff compare} compute, apart from how they are asked: the network's
 * options and their checks ({@link bpdiff.command.NetworkSettings}), a check of a program or a formula list with
 * its renderings ({@link bpdiff.command.TextCheck}), and a comparison ({@link bpdiff.command.ComparisonSettings}).
 * What each finds is an {@link bpdiff.command.Outcome}, which renders every format and the JUnit XML.
 *
 * <p>The command line ({@code bpdiff.cli}) and the server ({@code bpdiff.serve}) both call this package, so that
 * the API refuses exactly what the command line refuses, with the same one-line message (naming the field where
 * the command line names the flag, {@link bpdiff.command.OptionStyle}), and answers with the same documents.
 * Layering: {@code cli → serve → command → report → experiment → diff → gradient → network}.
 */
package bpdiff.command;
