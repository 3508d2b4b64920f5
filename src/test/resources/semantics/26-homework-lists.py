# 作业二：用列表保存权重的两层网络（中文注释）
import math

# 输入与目标
i = [0.05, 0.10]
t = [0.01, 0.99]
# 权重与偏置
w = [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55]
b = [0.35, 0.60]
lr = 0.5
sigmoid = lambda x: 1 / (1 + math.exp(-x))


def forward(w):
    h = [sigmoid(w[0] * i[0] + w[1] * i[1] + b[0]), sigmoid(w[2] * i[0] + w[3] * i[1] + b[0])]
    o = [sigmoid(w[4] * h[0] + w[5] * h[1] + b[1]), sigmoid(w[6] * h[0] + w[7] * h[1] + b[1])]
    return h, o


epoch = 0
history = []
while True:
    h, o = forward(w)
    E = sum(0.5 * (tk - ok) ** 2 for tk, ok in zip(t, o))
    history.append(E)
    d_o = [(o[k] - t[k]) * o[k] * (1 - o[k]) for k in range(2)]
    d_h = [(d_o[0] * w[4 + j] + d_o[1] * w[6 + j]) * h[j] * (1 - h[j]) for j in range(2)]
    dw = [d_h[0] * i[0], d_h[0] * i[1], d_h[1] * i[0], d_h[1] * i[1],
          d_o[0] * h[0], d_o[0] * h[1], d_o[1] * h[0], d_o[1] * h[1]]
    w = [w[k] - lr * dw[k] for k in range(8)]
    epoch += 1
    if epoch == 1:
        print("第一轮梯度:", " ".join(f"{g:.6f}" for g in dw))
    if E < 0.05 or epoch >= 1000:
        break
print(f"训练结束: {epoch} 轮, 损失 {history[-1]:.8f}")
print("权重:", [round(x, 4) for x in w])
try:
    ratio = history[0] / history[-1]
    print(f"损失下降了 {ratio:.1f} 倍")
except ZeroDivisionError:
    print("损失为零")
report = {"epochs": epoch, "final": round(history[-1], 6), "first": round(history[0], 6)}
print(report)
