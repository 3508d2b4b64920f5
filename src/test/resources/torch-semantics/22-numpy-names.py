# NumPy's keyword names, which PyTorch's argument parser takes for its own: axis for dim, keepdims for keepdim
# (makemore part 4 writes counts.sum(1, keepdims=True)), x / a / x1 for input, x2 for other
import torch

counts = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(counts.sum(1, keepdims=True))
print(counts.sum(axis=0))
print(counts.sum(axis=1, keepdims=True).shape)
print(torch.sum(counts, 1, keepdims=True))
print(counts.mean(axis=0, keepdims=True))
print(counts.max(axis=1, keepdims=True))
print(counts.max(1, keepdims=True).values)
print(counts.argmax(axis=1))
print(torch.max(counts, axis=0).indices)
print(counts.std(axis=1, keepdims=True))
print(counts.logsumexp(axis=1, keepdims=True))
print(torch.softmax(counts, axis=1))
print(torch.cat([counts, counts], axis=0).shape)
print(torch.maximum(counts, x2=torch.full((2, 3), 3.5)))
print(torch.exp(x=counts[0]))
print(counts.prod(axis=1, keepdims=True))
print(counts.unsqueeze(axis=0).shape)
