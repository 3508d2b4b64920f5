/**
 * The network as data: {@link bpdiff.network.NetworkSpec} (layers, named and possibly shared
 * parameters, activation, loss, samples), the lecture default in {@link bpdiff.network.Networks}, and
 * the JSON loader {@link bpdiff.network.NetworkLoader}.
 */
package bpdiff.network;
