/**
 * JUnit XML in Maven Surefire's report format, the one writer of every command's {@code --junit-xml}: compare,
 * run and check. It sits below every layer that reports (it knows no result type), so that {@code report} and
 * the {@code check} packages, which may not use each other, both write through it.
 */
package bpdiff.junit;
