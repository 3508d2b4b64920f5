# Hostile: import socket.
# Expect: 2 | import socket is not supported
import socket  # <- stops here
s = socket.socket()

w = 0.5
for epoch in range(3):
    loss = (w - 2.0) ** 2
    d_w = 2 * (w - 2.0)
    w = w - 0.1 * d_w
