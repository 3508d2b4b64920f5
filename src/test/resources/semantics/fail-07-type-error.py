def forward(x, w, b):
    return x * w + b


print(forward(1.0, 2.0, 3.0))
print(forward(1.0, 2.0))
