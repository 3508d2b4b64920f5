from collections import deque
# refused at import: collections.deque is not in bpdiff's subset
history = deque(maxlen=3)
for epoch, loss in enumerate([0.5, 0.4, 0.35, 0.3, 0.28]):
    history.append(loss)
    print(epoch, list(history), sum(history) / len(history))
q = deque([1, 2, 3]); q.appendleft(0); q.rotate(1); print(q, q.popleft())
