"""The autograd page: every visible string in English and Simplified Chinese (D2L's terms: 自动求梯度, 正向传播,
反向传播, 计算图, 链式法则)."""

STRINGS = {
    "autograd.title": {"en": "Autograd and back-propagation", "zh": "自动求梯度与反向传播"},
    "autograd.nav": {"en": "Autograd", "zh": "自动求梯度"},
    "autograd.idea": {
        "en": "How every other page gets its gradients: MXNet records the computation (the forward pass), then "
              "applies the chain rule from the result back to every input (back-propagation).",
        "zh": "其他各页的梯度从何而来：MXNet 记录计算过程（正向传播），再从结果出发、沿链式法则逐层求出每个输入的梯度（反向传播）。",
    },
    # --- the notes' example ---
    "ag.notes_title": {"en": "The notes' example: y = 2xᵀx", "zh": "笔记中的例子：y = 2xᵀx"},
    "ag.notes_text": {
        "en": "`x.attach_grad()` asks for memory for the gradient, `autograd.record()` records what is computed, "
              "`y.backward()` computes the gradient into `x.grad`. Type your own x: one row of numbers is a column, "
              "like the notes' `nd.arange(4).reshape((4, 1))`; rows split by `;` make a matrix.",
        "zh": "`x.attach_grad()` 为梯度申请内存，`autograd.record()` 记录计算过程，`y.backward()` 把梯度算进 `x.grad`。"
              "可以输入自己的 x：一行数字是一个列向量，正如笔记中的 `nd.arange(4).reshape((4, 1))`；用 `;` 分行得到矩阵。",
    },
    "ag.x": {"en": "x (rows split by ;)", "zh": "x（用 ; 分行）"},
    "ag.x_help": {
        "en": "Up to 6 rows of up to 4 numbers, e.g. 0, 1, 2, 3 or 1, 2; 3, 4 (or as Python writes it: "
              "[[1, 2], [3, 4]]). Computed in float32, MXNet's default.",
        "zh": "最多 6 行，每行最多 4 个数，例如 0, 1, 2, 3 或 1, 2; 3, 4（也可以按 Python 的写法：[[1, 2], [3, 4]]）。"
              "按 MXNet 默认的 float32 计算。",
    },
    "ag.err.too_long": {"en": "x is longer than {limit} characters.", "zh": "x 超过了 {limit} 个字符。"},
    "ag.err.empty": {"en": "x is empty: type some numbers, e.g. 0, 1, 2, 3.", "zh": "x 为空：请输入数字，例如 0, 1, 2, 3。"},
    "ag.err.empty_row": {"en": "Row {row} of x is empty: two ; in a row?", "zh": "x 的第 {row} 行为空：是不是连写了两个 ;？"},
    "ag.err.empty_entry": {"en": "Row {row}, entry {position} is empty: two commas in a row.",
                           "zh": "第 {row} 行第 {position} 个数为空：连写了两个逗号。"},
    "ag.err.not_a_number": {"en": "“{token}” is not a number.", "zh": "“{token}”不是一个数。"},
    "ag.err.too_large": {"en": "{token} is too large for float32 (its largest number is {limit}).",
                         "zh": "{token} 超出了 float32 的范围（最大为 {limit}）。"},
    "ag.err.ragged": {"en": "Row {row} has {width} numbers, row 1 has {first}: every row needs as many.",
                      "zh": "第 {row} 行有 {width} 个数，第 1 行有 {first} 个：每行的个数必须相同。"},
    "ag.err.too_big": {"en": "x is {rows}×{cols}: at most {max_rows} rows of {max_cols} numbers fit here.",
                       "zh": "x 是 {rows}×{cols}：这里最多容纳 {max_rows} 行、每行 {max_cols} 个数。"},
    "ag.overflow": {
        "en": "**{what} overflows float32** (its largest number is {limit}): MXNet computes inf there, so those cells "
              "read “overflow”, not a number. Try smaller numbers.",
        "zh": "**{what} 超出了 float32 的范围**（最大为 {limit}）：MXNet 在此算得 inf，因此这些格子写“溢出”，而不是一个数。"
              "请换用更小的数。",
    },
    "ag.overflow_cell": {"en": "overflow", "zh": "溢出"},
    "ag.col_x": {"en": "x", "zh": "输入 x"},
    "ag.col_y": {"en": "y = 2xᵀx", "zh": "输出 y = 2xᵀx"},
    "ag.col_grad": {"en": "x.grad", "zh": "梯度 x.grad"},
    "ag.notes_description": {
        "en": "Three arrays as grids of numbers: the input x, the output y = 2xᵀx and the gradient x.grad that "
              "autograd computed, each element written in its cell.",
        "zh": "以数字网格显示三个数组：输入 x、输出 y = 2xᵀx，以及自动求梯度算出的 x.grad，每个元素写在各自的格子里。",
    },
    "ag.notes_column": {
        "en": "x is a column of {n}, so y = 2xᵀx = 2Σxᵢ² is one number, {y}, and **x.grad = 4x**: each element four "
              "times x's (∂y/∂xᵢ = 4xᵢ).",
        "zh": "x 是含 {n} 个元素的列向量，所以 y = 2xᵀx = 2Σxᵢ² 是一个数 {y}，且 **x.grad = 4x**：每个元素都是 x 对应元素的 4 倍"
              "（∂y/∂xᵢ = 4xᵢ）。",
    },
    "ag.notes_matrix": {
        "en": "x is {rows}×{cols}, so y = 2xᵀx is {cols}×{cols}: not a scalar. `backward()` sums y first, so "
              "**x.grad = 4·x·𝟙** (𝟙 all ones): every element is 4 × the sum of its row of x.",
        "zh": "x 是 {rows}×{cols} 矩阵，所以 y = 2xᵀx 是 {cols}×{cols}，不是标量。`backward()` 先对 y 求和，因此 "
              "**x.grad = 4·x·𝟙**（𝟙 为全 1 矩阵）：每个元素等于 x 中所在行之和的 4 倍。",
    },
    # --- a non-scalar y ---
    "ag.nonscalar_title": {"en": "A non-scalar y: what backward() does with it", "zh": "非标量 y：backward() 如何处理"},
    "ag.nonscalar_text": {
        "en": "Gradients are taken of one number. For y = x·x (elementwise, as many numbers as x), `y.backward()` "
              "first sums y, which is the same as a **head gradient** of ones: `y.backward(head)` computes "
              "x.grad = head ⊙ ∂y/∂x = head ⊙ 2x. Another head picks another number to differentiate.",
        "zh": "梯度是对一个数求的。对 y = x·x（按元素，与 x 个数相同），`y.backward()` 先对 y 求和，相当于一个全 1 的"
              "**头梯度**：`y.backward(head)` 算出 x.grad = head ⊙ ∂y/∂x = head ⊙ 2x。换一个头梯度，就是对另一个数求梯度。",
    },
    "ag.head": {"en": "Head gradient", "zh": "头梯度"},
    "ag.head.ones": {"en": "what y.backward() uses: the sum", "zh": "全 1：y.backward() 默认使用（求和）"},
    "ag.head.first": {"en": "(1, 0, …): y's first element alone", "zh": "(1, 0, …)：只对 y 的第一个元素"},
    "ag.head.mean": {"en": "1/n each: y's mean", "zh": "每个 1/n：对 y 的平均值"},
    "ag.col_square": {"en": "y = x·x", "zh": "输出 y = x·x"},
    "ag.col_head": {"en": "head", "zh": "头梯度 head"},
    "ag.col_headgrad": {"en": "x.grad = head ⊙ 2x", "zh": "梯度 x.grad = head ⊙ 2x"},
    "ag.nonscalar_description": {
        "en": "Four arrays as grids of numbers: x, y = x·x, the head gradient passed to backward, and the x.grad that "
              "autograd computed, equal to head times 2x element by element.",
        "zh": "以数字网格显示四个数组：x、y = x·x、传给 backward 的头梯度，以及自动求梯度算出的 x.grad，"
              "它逐元素等于头梯度乘以 2x。",
    },
    "ag.nonscalar_result": {
        "en": "x.grad here is the gradient of one number: {which}.",
        "zh": "这里的 x.grad 是一个数的梯度：{which}。",
    },
    "ag.which.ones": {"en": "y.sum()", "zh": "y.sum()，即 y 的元素之和"},
    "ag.which.first": {"en": "y's first element (every other gradient is 0)", "zh": "y 的第一个元素（其余梯度都为 0）"},
    "ag.which.mean": {"en": "y.mean() (the sum's gradient divided by {n})", "zh": "y.mean()（求和的梯度除以 {n}）"},
    # --- control flow ---
    "ag.flow_title": {"en": "Python control flow (D2L 2.3)", "zh": "Python 控制流（D2L 2.3）"},
    "ag.flow_text": {
        "en": "D2L's f doubles b = 2a in a `while` loop until ‖b‖ ≥ 1000, then an `if` keeps b or multiplies it by "
              "100. Which path runs depends on a, yet autograd still finds the gradient: it records only the "
              "operations that ran, and along that path c = k·a for a fixed k, so **a.grad = c / a**.",
        "zh": "D2L 的 f 在 `while` 循环中把 b = 2a 不断加倍，直到 ‖b‖ ≥ 1000，再用 `if` 保留 b 或乘以 100。走哪条路取决于 a，"
              "自动求梯度依然能求出梯度：它只记录实际执行了的运算，沿这条路径 c = k·a（k 固定），所以 **a.grad = c / a**。",
    },
    "ag.a": {"en": "a", "zh": "输入 a"},
    "ag.a_help": {"en": "a = 0 would loop for ever (b stays 0), so it is not offered.",
                  "zh": "a = 0 会让循环永不结束（b 始终为 0），因此不提供。"},
    "ag.flow_result": {
        "en": "With a = {a} the loop doubled b **{doublings}** times and the `{branch}` branch ran: c = {c}. "
              "Autograd's **a.grad = {grad}**, and c / a = {slope}.",
        "zh": "当 a = {a} 时，循环把 b 加倍了 **{doublings}** 次，执行了 `{branch}` 分支：c = {c}。"
              "自动求梯度得 **a.grad = {grad}**，而 c / a = {slope}。",
    },
    "ag.branch.positive": {"en": "if: c = b", "zh": "if：c = b"},
    "ag.branch.negative": {"en": "else: c = 100 * b", "zh": "else：c = 100 * b"},
    # --- the computational graph ---
    "ag.graph_title": {"en": "The computational graph (D2L 3.14)", "zh": "计算图（D2L 3.14）"},
    "ag.graph_text": {
        "en": "D2L's one-hidden-layer network without biases: 2 inputs, 3 hidden units, 2 outputs, softmax "
              "cross-entropy loss L and the L2 penalty s; the objective is J = L + s. Boxes are variables "
              "(parameters in yellow), circles operators. The **forward pass** (正向传播) computes the nodes from x "
              "to J; the **backward pass** (反向传播) walks the edges back from J, each gradient a product of the "
              "chain rule (链式法则).",
        "zh": "D2L 中不含偏差的单隐藏层网络：2 个输入、3 个隐藏单元、2 个输出，softmax 交叉熵损失 L 与 L2 惩罚项 s，"
              "目标函数 J = L + s。方框是变量（黄色为模型参数），圆圈是运算。**正向传播**从 x 算到 J；**反向传播**从 J "
              "沿边倒着走，每个梯度都是链式法则的乘积。",
    },
    "ag.act": {"en": "Activation φ", "zh": "激活函数 φ"},
    "ag.lam": {"en": "Penalty λ", "zh": "惩罚系数 λ"},
    "ag.seed": {"en": "Seed (x, W⁽¹⁾, W⁽²⁾, y)", "zh": "随机种子（x、W⁽¹⁾、W⁽²⁾、y）"},
    "ag.scrub": {"en": "Step", "zh": "步骤"},
    "ag.graph_description": {
        "en": "D2L 3.14's computational graph: x, W1 and W2 flow through the product, the activation and a second "
              "product to the output o, the loss L with the label y, the penalty s of both weights, and J = L + s. "
              "Every node shows its value and, once the backward pass reaches it, its gradient. A slider under the "
              "graph steps through the forward and the backward pass; the text under the graph names each step.",
        "zh": "D2L 3.14 的计算图：x、W1 和 W2 经过乘积、激活函数和第二个乘积得到输出 o，再与标签 y 得到损失 L，"
              "两个权重得到惩罚项 s，J = L + s。每个节点显示其值，反向传播到达后还显示其梯度。图下的滑块逐步演示正向与"
              "反向传播，图下的文字说明每一步。",
    },
    "ag.scrub_help": {
        "en": "Drag the **Step** slider under the graph (or focus it and press ← →): steps 0–6 are the forward pass, "
              "7–12 the backward pass, 13 the SGD update. It runs in your browser: nothing is recomputed. Dashed "
              "green frames mark the current values a backward step reads: what the forward pass computed, and the "
              "weights.",
        "zh": "拖动图下方的**步骤**滑块（或选中后按 ← →）：第 0–6 步是正向传播，第 7–12 步是反向传播，第 13 步是随机梯度下降的"
              "更新。它在浏览器中运行，无需重新计算。绿色虚线框标出反向传播这一步读取的当前值：正向传播算出的值，以及权重。",
    },
    "ag.step.inputs": {"en": "Forward 0 · the input x = {x}, the label y = {y}, the initialised parameters W⁽¹⁾, W⁽²⁾",
                       "zh": "正向 0 · 输入 x = {x}，标签 y = {y}，已初始化的模型参数 W⁽¹⁾、W⁽²⁾"},
    "ag.step.z": {"en": "Forward 1 · z = W⁽¹⁾x = {z}", "zh": "正向 1 · z = W⁽¹⁾x = {z}"},
    "ag.step.h": {"en": "Forward 2 · h = φ(z) = {phi}{z} = {h}", "zh": "正向 2 · h = φ(z) = {phi}{z} = {h}"},
    "ag.step.o": {"en": "Forward 3 · o = W⁽²⁾h = {o}", "zh": "正向 3 · o = W⁽²⁾h = {o}"},
    "ag.step.L": {"en": "Forward 4 · L = ℓ(o, y) = −log softmax(o)[y]: minus the log of the true class's probability\n"
                        "softmax(o) = {p}, y = {y}: L = −log {py} = {L}",
                  "zh": "正向 4 · L = ℓ(o, y) = −log softmax(o)[y]：真实类别概率的负对数\n"
                        "softmax(o) = {p}，y = {y}：L = −log {py} = {L}"},
    "ag.step.s": {"en": "Forward 5 · s = λ/2 (‖W⁽¹⁾‖² + ‖W⁽²⁾‖²) = {lam}/2 × {squares} = {s}",
                  "zh": "正向 5 · s = λ/2 (‖W⁽¹⁾‖² + ‖W⁽²⁾‖²) = {lam}/2 × {squares} = {s}"},
    "ag.step.J": {"en": "Forward 6 · J = L + s = {L} + {s} = {J}", "zh": "正向 6 · J = L + s = {L} + {s} = {J}"},
    "ag.step.dJ": {"en": "Backward 1 · ∂J/∂J = 1; J = L + s, so ∂J/∂L = 1 and ∂J/∂s = 1",
                   "zh": "反向 1 · ∂J/∂J = 1；J = L + s，所以 ∂J/∂L = 1，∂J/∂s = 1"},
    "ag.step.do": {"en": "Backward 2 · ∂J/∂o = ∂J/∂L · ∂L/∂o = softmax(o) − onehot(y)\n= {p} − {onehot} = {do}",
                   "zh": "反向 2 · ∂J/∂o = ∂J/∂L · ∂L/∂o = softmax(o) − onehot(y)\n= {p} − {onehot} = {do}"},
    "ag.step.dW2": {"en": "Backward 3 · ∂J/∂W⁽²⁾ = ∂J/∂o hᵀ + ∂J/∂s · λW⁽²⁾ (vectors are columns)\n"
                          "= {do} {h}ᵀ + {lam} W⁽²⁾ = {dW2}",
                    "zh": "反向 3 · ∂J/∂W⁽²⁾ = ∂J/∂o hᵀ + ∂J/∂s · λW⁽²⁾（向量均为列向量）\n"
                          "= {do} {h}ᵀ + {lam} W⁽²⁾ = {dW2}"},
    "ag.step.dh": {"en": "Backward 4 · ∂J/∂h = W⁽²⁾ᵀ ∂J/∂o\n= W⁽²⁾ᵀ {do} = {dh}",
                   "zh": "反向 4 · ∂J/∂h = W⁽²⁾ᵀ ∂J/∂o\n= W⁽²⁾ᵀ {do} = {dh}"},
    "ag.step.dz": {"en": "Backward 5 · ∂J/∂z = ∂J/∂h ⊙ φ′(z)\n= {dh} ⊙ {dphi} = {dz}",
                   "zh": "反向 5 · ∂J/∂z = ∂J/∂h ⊙ φ′(z)\n= {dh} ⊙ {dphi} = {dz}"},
    "ag.step.dW1": {"en": "Backward 6 · ∂J/∂W⁽¹⁾ = ∂J/∂z xᵀ + ∂J/∂s · λW⁽¹⁾ (vectors are columns)\n"
                          "= {dz} {x}ᵀ + {lam} W⁽¹⁾ = {dW1}",
                    "zh": "反向 6 · ∂J/∂W⁽¹⁾ = ∂J/∂z xᵀ + ∂J/∂s · λW⁽¹⁾（向量均为列向量）\n"
                          "= {dz} {x}ᵀ + {lam} W⁽¹⁾ = {dW1}"},
    "ag.step.update": {
        "en": "Update · SGD with η = {lr}: W ← W − η ∂J/∂W for W⁽¹⁾ and W⁽²⁾\nThe next forward pass: J = {J} → {J_next} "
              "(L = {L} → {L_next})",
        "zh": "更新 · 随机梯度下降，η = {lr}：W⁽¹⁾ 和 W⁽²⁾ 都做 W ← W − η ∂J/∂W\n下一次正向传播：J = {J} → {J_next}"
              "（L = {L} → {L_next}）",
    },
    "ag.reads": {"en": "Reads the current values of: {names}", "zh": "读取这些变量的当前值：{names}"},
    "ag.reads_none": {"en": "Reads no value: an addition passes its gradient on unchanged",
                      "zh": "不读取任何变量的值：加法把梯度原样传下去"},
    "ag.graph_result": {
        "en": "J = {J} (L = {L}, s = {s}). Every gradient on the graph is MXNet autograd's `.grad` (a zero added to "
              "each inner node, so its gradient can be read); the tests check each against finite differences and "
              "against the chain rule written out by hand.",
        "zh": "J = {J}（L = {L}，s = {s}）。图中每个梯度都是 MXNet 自动求梯度的 `.grad`（在每个中间节点上加一个 0，"
              "以便读出它的梯度）；测试把每一个都与有限差分、与手写的链式法则核对过。",
    },
    # --- memory ---
    "ag.memory_title": {"en": "What backward needs from forward", "zh": "反向传播需要正向传播的什么"},
    "ag.memory_text": {
        "en": "The gradients are computed from the current values of the variables, which the forward pass "
              "computed (the notes: 梯度计算可能依据各变量的当前值). So training keeps those values in memory until "
              "backward has read them; prediction has no backward pass and can drop each layer's input once its "
              "output exists. Here for the notes' {sizes} MLP on a batch of {batch}, in float32:",
        "zh": "梯度计算可能依据各变量的当前值，而这些值是正向传播算出来的。所以训练时要把它们留在内存里，直到反向传播"
              "读完为止；预测时没有反向传播，每一层的输入在输出算出后即可释放。以下是笔记中 {sizes} 多层感知机、批量 {batch}、"
              "float32 的情形：",
    },
    "ag.col_array": {"en": "forward value", "zh": "正向传播的值"},
    "ag.col_shape": {"en": "shape", "zh": "形状"},
    "ag.col_bytes": {"en": "bytes", "zh": "字节"},
    "ag.col_reader": {"en": "read to compute", "zh": "读取它的反向步骤"},
    "ag.memory_result": {
        "en": "Training keeps all of them at once: **{kept} bytes** ({kept_mib} MiB). Prediction holds at most one "
              "operator's input and output: **{peak} bytes** ({peak_mib} MiB). The parameters ({params} bytes) are "
              "kept either way; training also holds their gradients ({grads} bytes, the memory `attach_grad()` asks "
              "for). With one more hidden layer ({deeper}) training keeps {deeper_kept} bytes while "
              "prediction's peak stays {deeper_peak}: each layer adds to what training keeps.",
        "zh": "训练时它们同时保留：**{kept} 字节**（{kept_mib} MiB）。预测时最多只需一个运算的输入和输出：**{peak} 字节**"
              "（{peak_mib} MiB）。模型参数（{params} 字节）两种情形都要保留；训练时还要保存它们的梯度（{grads} 字节，即 `attach_grad()` 申请的内存）。再加一个隐藏层（{deeper}），训练保留 "
              "{deeper_kept} 字节，而预测的峰值仍是 {deeper_peak}：每多一层，训练就多保留一层的值。",
    },
    # --- one training step ---
    "ag.train_title": {"en": "One training step", "zh": "一次训练迭代"},
    "ag.train_text": {
        "en": "The notes: once the parameters are initialised, forward and backward passes alternate, and the "
              "gradients from backward update the parameters. One SGD step on the graph above, W ← W − η ∂J/∂W, "
              "then the next forward pass:",
        "zh": "笔记：模型参数初始化后，交替进行正向传播和反向传播，并根据反向传播算出的梯度迭代模型参数。对上面的计算图做一次"
              "随机梯度下降 W ← W − η ∂J/∂W，然后再做一次正向传播：",
    },
    "ag.lr": {"en": "Learning rate η", "zh": "学习率 η"},
    "ag.lr_help": {"en": "Too large a step can overshoot: the next J is then higher, not lower.",
                   "zh": "步长过大会越过最低点：下一次的 J 反而更高。"},
    "ag.col_param": {"en": "parameter", "zh": "参数"},
    "ag.col_before": {"en": "before", "zh": "更新前"},
    "ag.col_gradient": {"en": "∂J/∂W", "zh": "梯度 ∂J/∂W"},
    "ag.col_after": {"en": "after", "zh": "更新后"},
    "ag.train_down": {"en": "**J: {J} → {J_next}** (L: {L} → {L_next}): one step down.",
                      "zh": "**J：{J} → {J_next}**（L：{L} → {L_next}）：下降了一步。"},
    "ag.train_up": {"en": "**J: {J} → {J_next}** (L: {L} → {L_next}): up, not down — η = {lr} overshoots.",
                    "zh": "**J：{J} → {J_next}**（L：{L} → {L_next}）：不降反升——η = {lr} 步子太大。"},
    # --- notice, maths, check ---
    "ag.notice_sum": {
        "en": "Autograd differentiates one number: a non-scalar y is summed first (a head gradient of ones).",
        "zh": "自动求梯度只对一个数求导：非标量 y 会先求和（相当于全 1 的头梯度）。",
    },
    "ag.notice_flow": {
        "en": "Python's `while` and `if` are not in the graph: only the path that ran is recorded.",
        "zh": "Python 的 `while` 和 `if` 不在计算图里：只记录实际执行的那条路径。",
    },
    "ag.notice_order": {
        "en": "Backward visits the graph in the reverse order of forward, and each gradient is the previous one times "
              "a local derivative: ∂J/∂z needs ∂J/∂h first.",
        "zh": "反向传播按与正向传播相反的顺序访问计算图，每个梯度都是上一个梯度乘以一个局部导数：要算 ∂J/∂z，先得有 ∂J/∂h。",
    },
    "ag.notice_reads": {
        "en": "Step through the backward pass and watch the green frames: ∂J/∂W⁽²⁾ reads h, ∂J/∂z reads z, ∂J/∂W⁽¹⁾ "
              "reads x. That is why training needs more memory than prediction.",
        "zh": "逐步走过反向传播，留意绿色虚线框：∂J/∂W⁽²⁾ 读取 h，∂J/∂z 读取 z，∂J/∂W⁽¹⁾ 读取 x。这就是训练比预测更占内存的原因。",
    },
    "ag.maths_caption": {
        "en": "D2L 3.14's forward pass, then its backward pass by the chain rule (⊙: element by element). "
              "With ReLU, φ′(z) is 1 where z > 0 and 0 elsewhere; sigmoid′(z) = sigmoid(z)(1 − sigmoid(z)) and "
              "tanh′(z) = 1 − tanh²(z), as in the notes' §4.",
        "zh": "D2L 3.14 的正向传播，以及按链式法则进行的反向传播（⊙：按元素相乘）。ReLU 的 φ′(z) 在 z > 0 处为 1，其余为 0；"
              "sigmoid′(z) = sigmoid(z)(1 − sigmoid(z))，tanh′(z) = 1 − tanh²(z)，见笔记第 4 节。",
    },
    "ag.q": {"en": "Which gradient's step takes a local derivative at the value z that the forward pass computed?",
             "zh": "哪个梯度的计算要在正向传播算出的 z 处求一个局部导数？"},
    "ag.q_a": {"en": "∂J/∂o", "zh": "∂J/∂o（输出的梯度）"},
    "ag.q_b": {"en": "∂J/∂z", "zh": "∂J/∂z（隐藏层输入的梯度）"},
    "ag.q_c": {"en": "∂J/∂W⁽²⁾", "zh": "∂J/∂W⁽²⁾（第二层权重的梯度）"},
    "ag.q_why": {
        "en": "∂J/∂z = ∂J/∂h ⊙ φ′(z): the activation's derivative is taken at z. ∂J/∂o reads o, ∂J/∂W⁽²⁾ reads h. "
              "Here φ′(z) = {dphi}. (For ReLU, sigmoid and tanh, φ′ can also be written from h = φ(z), e.g. "
              "sigmoid′ = h(1 − h); either way backward reads a value the forward pass kept.)",
        "zh": "∂J/∂z = ∂J/∂h ⊙ φ′(z)：激活函数的导数要在 z 处求。∂J/∂o 读取 o，∂J/∂W⁽²⁾ 读取 h。此处 φ′(z) = {dphi}。"
              "（对 ReLU、sigmoid 和 tanh，φ′ 也可以用 h = φ(z) 写出，例如 sigmoid′ = h(1 − h)；无论哪种，反向传播都要读取"
              "正向传播保留的值。）",
    },
}
