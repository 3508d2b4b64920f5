# 人工智能-作业2 第6题:激活函数 Sigmoid 改变为 Relu
# relu 函数定义为 f(x) = max(0, x),导数 x > 0 时为 1,否则为 0
import matplotlib.pyplot as plt


def relu(z):
    return max(0, z)


def relu_derivative(z):
    if z > 0:
        return 1
    return 0


def forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8):  # 正向传播
    in_h1 = w1 * x1 + w3 * x2
    out_h1 = relu(in_h1)
    in_h2 = w2 * x1 + w4 * x2
    out_h2 = relu(in_h2)

    in_o1 = w5 * out_h1 + w7 * out_h2
    out_o1 = relu(in_o1)
    in_o2 = w6 * out_h1 + w8 * out_h2
    out_o2 = relu(in_o2)

    error = (1 / 2) * (out_o1 - y1) ** 2 + (1 / 2) * (out_o2 - y2) ** 2
    return in_h1, in_h2, in_o1, in_o2, out_h1, out_h2, out_o1, out_o2, error


def back_propagate(in_h1, in_h2, in_o1, in_o2, out_h1, out_h2, out_o1, out_o2):  # 反向传播
    d_o1 = out_o1 - y1
    d_o2 = out_o2 - y2

    d_w5 = d_o1 * relu_derivative(in_o1) * out_h1
    d_w7 = d_o1 * relu_derivative(in_o1) * out_h2
    d_w6 = d_o2 * relu_derivative(in_o2) * out_h1
    d_w8 = d_o2 * relu_derivative(in_o2) * out_h2

    d_h1 = d_o1 * relu_derivative(in_o1) * w5 + d_o2 * relu_derivative(in_o2) * w6
    d_h2 = d_o1 * relu_derivative(in_o1) * w7 + d_o2 * relu_derivative(in_o2) * w8
    d_w1 = d_h1 * relu_derivative(in_h1) * x1
    d_w3 = d_h1 * relu_derivative(in_h1) * x2
    d_w2 = d_h2 * relu_derivative(in_h2) * x1
    d_w4 = d_h2 * relu_derivative(in_h2) * x2

    return d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8


def update_w(step, w1, w2, w3, w4, w5, w6, w7, w8):  # 梯度下降,更新权值
    w1 = w1 - step * d_w1
    w2 = w2 - step * d_w2
    w3 = w3 - step * d_w3
    w4 = w4 - step * d_w4
    w5 = w5 - step * d_w5
    w6 = w6 - step * d_w6
    w7 = w7 - step * d_w7
    w8 = w8 - step * d_w8
    return w1, w2, w3, w4, w5, w6, w7, w8


if __name__ == "__main__":
    w1, w2, w3, w4, w5, w6, w7, w8 = 0.2, -0.4, 0.5, 0.6, 0.1, -0.5, -0.3, 0.8  # 为配合PPT,给的指定值
    x1, x2 = 0.5, 0.3  # 输入值
    y1, y2 = 0.23, -0.07  # 输出值
    N = 10  # 迭代次数
    step = 1  # 步长

    print("输入值:x1, x2;", x1, x2, "输出值:y1, y2:", y1, y2)
    print("更新前的权值")
    print(w1, w2, w3, w4, w5, w6, w7, w8)
    eli = []
    lli = []
    for i in range(N):
        print("=====第" + str(i) + "轮=====")
        # 正向传播
        in_h1, in_h2, in_o1, in_o2, out_h1, out_h2, out_o1, out_o2, error = forward_propagate(x1, x2, w1, w2, w3, w4, w5, w6, w7, w8)
        print("正向传播:", round(out_o1, 5), round(out_o2, 5))
        print("损失函数:", round(error, 4))

        # 反向传播
        d_w1, d_w2, d_w3, d_w4, d_w5, d_w6, d_w7, d_w8 = back_propagate(in_h1, in_h2, in_o1, in_o2, out_h1, out_h2, out_o1, out_o2)

        # 梯度下降,更新权值
        w1, w2, w3, w4, w5, w6, w7, w8 = update_w(step, w1, w2, w3, w4, w5, w6, w7, w8)
        eli.append(i)
        lli.append(error)

    print("更新后的权值")
    print(round(w1, 4), round(w2, 4), round(w3, 4), round(w4, 4), round(w5, 4), round(w6, 4), round(w7, 4), round(w8, 4))
    plt.plot(eli, lli)
    plt.ylabel('Loss')
    plt.xlabel('w')
    plt.show()
