/**
 * {@code bpdiff diff A.py B.py}: two programs of the same homework compared epoch by epoch — their losses, the
 * gradients each subtracts and the weights each update makes, parameter by parameter — and which of them is right,
 * from autograd of each program's own loss at its own weights ({@link bpdiff.check.program.ProgramCheck} of each).
 */
package bpdiff.check.diff;
