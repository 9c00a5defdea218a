"""The linear-regression page: every visible string in English and Simplified Chinese (D2L's terms)."""

STRINGS = {
    "linreg.title": {"en": "Linear regression and minibatch SGD", "zh": "线性回归与小批量随机梯度下降"},
    "linreg.nav": {"en": "Linear regression", "zh": "线性回归"},
    "linreg.idea": {
        "en": "A model learning, step by step: minibatch SGD walks down the squared loss towards the closed-form "
              "answer, as fast as the learning rate and the batch size let it.",
        "zh": "看模型一步步学习：小批量随机梯度下降沿着平方损失向解析解走去，快慢取决于学习率和批量大小。",
    },
    # --- controls ---
    "lin.preset": {"en": "D2L's settings", "zh": "D2L 的设置"},
    "lin.lr": {"en": "Learning rate η", "zh": "学习率 η"},
    "lin.lr_help": {
        "en": "A hyper-parameter (超参数): set by you, not learned. Above 2 / the largest curvature even full-batch "
              "steps overshoot the valley and the loss explodes; small batches can run away below it.",
        "zh": "超参数：由人设定，而非学习得到。超过 2 / 最大曲率时，即使全批量的每一步也会越过谷底，损失随之爆炸；"
              "小批量在低于这个值时也可能失控。",
    },
    "lin.batch": {"en": "Batch size", "zh": "批量大小"},
    "lin.batch_help": {
        "en": "1000 is every example at once: plain gradient descent. 1 is one example a step: a noisy path.",
        "zh": "1000 即一次用全部样本：普通梯度下降。1 即每步一个样本：路径充满噪声。",
    },
    "lin.epochs": {"en": "Epochs (passes over the data)", "zh": "迭代周期数（遍历数据的次数）"},
    "lin.noise": {"en": "Noise σ of the labels", "zh": "标签噪声 σ"},
    "lin.seed": {"en": "Random seed (data, initial weights, shuffles)", "zh": "随机种子（数据、初始权重、打乱顺序）"},
    "lin.init": {"en": "Initial weights (b starts at 0)", "zh": "初始权重（b 从 0 开始）"},
    "lin.init.d2l": {"en": "D2L's: w ~ N(0, 0.01²)", "zh": "D2L 的：w ~ N(0, 0.01²)"},
    "lin.init.zeros": {"en": "all zeros: w = (0, 0)", "zh": "全零：w = (0, 0)"},
    "lin.init.far": {"en": "far away: w = (−4, 4)", "zh": "远处：w = (−4, 4)"},
    "lin.err.integer": {"en": "{name} must be a whole number, not {value}.", "zh": "{name} 必须是整数，而不是 {value}。"},
    "lin.err.range": {"en": "{name} must lie between {lo} and {hi}, not {value}.",
                      "zh": "{name} 必须在 {lo} 与 {hi} 之间，而不是 {value}。"},
    "lin.err.number": {"en": "{name} must be a finite number, not {value}.", "zh": "{name} 必须是有限的数，而不是 {value}。"},
    "lin.err.lr": {"en": "The learning rate must be positive, not {value}.", "zh": "学习率必须为正数，而不是 {value}。"},
    "lin.err.choice": {"en": "{name} cannot be {value}.", "zh": "{name} 不能是 {value}。"},
    # --- the surface and the path ---
    "lin.start": {"en": "start", "zh": "起点"},
    "lin.closed": {"en": "closed form (解析解)", "zh": "解析解"},
    "lin.true": {"en": "true w", "zh": "真实 w"},
    "lin.scrub": {"en": "Step", "zh": "步数"},
    "lin.shading": {
        "en": "Shading: bands of the loss on a log scale, darker is lower (the right panel gives the loss itself).",
        "zh": "底色：按对数刻度分段的损失，颜色越深损失越低（右图给出损失本身的数值）。",
    },
    "lin.surface_title": {"en": "Loss over (w₁, w₂), b at its best", "zh": "损失随 (w₁, w₂) 的变化（b 取最优值）"},
    "lin.steps_axis": {"en": "step", "zh": "步数"},
    "lin.loss_axis": {"en": "training loss (log scale)", "zh": "训练损失（对数坐标）"},
    "lin.readout": {"en": "step {step} · loss {loss}", "zh": "第 {step} 步 · 损失 {loss}"},
    "lin.description": {
        "en": "Left: a heat map of the training loss over the two weights (darker is lower, b held at its closed-form "
              "value), the start, the closed-form optimum, the true weights and the path of minibatch SGD, with a "
              "marker at the step chosen by the slider under the chart. Right: the training loss after every step on "
              "a log scale, the same step marked. The text under the chart gives the numbers.",
        "zh": "左：训练损失随两个权重变化的热图（颜色越深损失越低，b 固定为解析解的值），起点、解析解、真实权重，"
              "以及小批量随机梯度下降的路径；图下滑块所选的步数以标记显示。右：每一步之后的训练损失（对数坐标），"
              "同一步亦有标记。具体数值见图下方的文字。",
    },
    "lin.scrub_help": {
        "en": "Drag the **Step** slider under the chart: the marker walks along the path in your browser, nothing is "
              "recomputed. One slider notch is {every} step(s).",
        "zh": "拖动图下方的**步数**滑块：标记在浏览器中沿路径移动，无需重新计算。滑块每格为 {every} 步。",
    },
    "lin.result": {
        "en": "**After {steps} steps (epochs × minibatches per epoch = {epochs} × {per}): training loss {loss}**  \n{w}",
        "zh": "**{steps} 步之后（{epochs} 个迭代周期，每个周期 {per} 个小批量）：训练损失 {loss}**  \n{w}",
    },
    "lin.limit": {
        "en": "The loss's largest curvature (the Hessian's largest eigenvalue, from the data) is {curv}: full-batch "
              "gradient descent diverges for η above 2 / {curv} = **{limit}**. A minibatch's own curvature varies; the "
              "sharpest of this run is {batch} (2 / it = {batch_limit}). Here η = {lr}.",
        "zh": "损失的最大曲率（由数据算出的 Hessian 矩阵最大特征值）为 {curv}：学习率 η 超过 2 / {curv} = **{limit}** 时，"
              "全批量梯度下降发散。每个小批量自身的曲率各不相同，本次运行中最大的是 {batch}（2 / 它 = {batch_limit}）。"
              "当前 η = {lr}。",
    },
    "lin.limit_full": {
        "en": "The loss's largest curvature (the Hessian's largest eigenvalue, from the data) is {curv}: full-batch "
              "gradient descent, which this is, diverges for η above 2 / {curv} = **{limit}**. Here η = {lr}.",
        "zh": "损失的最大曲率（由数据算出的 Hessian 矩阵最大特征值）为 {curv}：全批量梯度下降（即本次运行）在学习率 η "
              "超过 2 / {curv} = **{limit}** 时发散。当前 η = {lr}。",
    },
    "lin.diverged.full": {
        "en": "**Training diverged** at step {step}: the loss passed {cap}, and the path stops before it (nothing "
              "infinite is drawn). Why: η = {lr} is above 2 / {curv} = {limit}. The loss's largest curvature (the "
              "Hessian's largest eigenvalue, from the data) is {curv}, and along that direction a step multiplies the "
              "distance to the bottom by |1 − η·{curv}| = {factor} > 1: each step overshoots the valley by more than "
              "it gains.",
        "zh": "**训练发散**于第 {step} 步：损失超过了 {cap}，路径在此之前结束（不画出任何无穷大）。原因：η = {lr} "
              "大于 2 / {curv} = {limit}。损失的最大曲率（由数据算出的 Hessian 矩阵最大特征值）为 {curv}，沿这个方向，"
              "每一步都把到谷底的距离乘以 |1 − η·{curv}| = {factor} > 1：每一步越过谷底的距离都比它前进的还多。",
    },
    "lin.diverged.batch": {
        "en": "**Training diverged** at step {step}: the loss passed {cap}, and the path stops before it (nothing "
              "infinite is drawn). Why: η = {lr} is below the whole loss's limit 2 / {curv} = {limit}, but a "
              "minibatch's own loss curves more sharply: the sharpest of this run curves {batch}, and η is above "
              "2 / {batch} = {batch_limit}. A step on such a batch overshoots along its sharp direction, and with "
              "batches of {bs} these overshoots compound.",
        "zh": "**训练发散**于第 {step} 步：损失超过了 {cap}，路径在此之前结束（不画出任何无穷大）。原因：η = {lr} "
              "低于整体损失的上限 2 / {curv} = {limit}，但单个小批量自身的损失弯曲得更厉害：本次运行中最陡的小批量曲率为 "
              "{batch}，而 η 大于 2 / {batch} = {batch_limit}。在这样的小批量上走一步，会沿它的陡峭方向越过谷底；"
              "批量大小为 {bs} 时，这些越过会不断累积。",
    },
    "lin.outcome.over": {
        "en": "**Heading for divergence:** η = {lr} is above 2 / {curv} = {limit}, so along the sharpest direction "
              "every step multiplies the distance to the bottom by |1 − η·{curv}| = {factor} > 1 (with minibatches, "
              "on average). It has not passed {cap} in these {steps} steps (the loss went from {start} to {final}), "
              "but given enough steps it grows without bound.",
        "zh": "**正在走向发散：** η = {lr} 大于 2 / {curv} = {limit}，因此沿最陡的方向，每一步都把到谷底的距离乘以 "
              "|1 − η·{curv}| = {factor} > 1（小批量时为平均而言）。在这 {steps} 步内损失还没有超过 {cap}"
              "（它从 {start} 变为 {final}），但只要步数足够多，它就会无限增大。",
    },
    "lin.outcome.growing": {
        "en": "**The loss grew**, from {start} to {final}: η = {lr} is below the whole loss's limit {limit}, but "
              "above 2 / {batch} = {batch_limit} of the sharpest minibatch of this run, whose steps overshoot.",
        "zh": "**损失变大了**，从 {start} 变为 {final}：η = {lr} 低于整体损失的上限 {limit}，但高于本次运行中最陡的小批量的 "
              "2 / {batch} = {batch_limit}，在这些小批量上的步子会越过谷底。",
    },
    "lin.outcome.floor": {
        "en": "**At the floor:** the lowest loss any w and b reach on these examples is the closed form's, {least}; "
              "SGD's {final} is {ratio}× it. No number of epochs takes it below {least} (why: below).",
        "zh": "**已到下限：** 在这些样本上，任何 w 和 b 能达到的最低损失是解析解的 {least}；随机梯度下降的 {final} "
              "是它的 {ratio} 倍。再多的迭代周期也无法让它低于 {least}（原因见下文）。",
    },
    "lin.outcome.falling": {
        "en": "**Not at the bottom yet:** {final} is {ratio}× the lowest loss these examples allow ({least}, the "
              "closed form's). Full-batch gradient descent with the same η and {steps} steps would be at {gd}: the "
              "descent itself is not finished. Try more epochs.",
        "zh": "**还没到谷底：** {final} 是这些样本所允许的最低损失（解析解的 {least}）的 {ratio} 倍。"
              "用相同的 η 走 {steps} 步的全批量梯度下降会停在 {gd}：下降本身还没有完成。试试更多的迭代周期。",
    },
    "lin.outcome.falling_full": {
        "en": "**Not at the bottom yet:** {final} is {ratio}× the lowest loss these examples allow ({least}, the "
              "closed form's). With every example in the batch, an epoch is a single step of plain gradient descent, "
              "and {steps} steps of η = {lr} have not finished the descent. Try more epochs.",
        "zh": "**还没到谷底：** {final} 是这些样本所允许的最低损失（解析解的 {least}）的 {ratio} 倍。批量包含全部样本时，"
              "一个迭代周期只是普通梯度下降的一步，而 η = {lr} 的 {steps} 步还没有完成下降。试试更多的迭代周期。",
    },
    "lin.outcome.noisy": {
        "en": "**Held up by the minibatches' noise:** {final} is {ratio}× the lowest loss these examples allow "
              "({least}), while full-batch gradient descent with the same η and {steps} steps reaches {gd}. Each "
              "minibatch's gradient is right only on average, so the steps jitter around the bottom; a smaller η or "
              "a bigger batch jitters less.",
        "zh": "**被小批量的噪声托住了：** {final} 是这些样本所允许的最低损失（{least}）的 {ratio} 倍，"
              "而用相同的 η 走 {steps} 步的全批量梯度下降能达到 {gd}。每个小批量的梯度只在平均意义上正确，"
              "所以步子在谷底附近来回抖动；更小的 η 或更大的批量抖动更小。",
    },
    "lin.diverged_short": {"en": "diverged", "zh": "已发散"},
    # --- two implementations and the closed form ---
    "lin.engines_title": {"en": "Two implementations, one answer", "zh": "两种实现，同一个答案"},
    "lin.engines_text": {
        "en": "The notes' loop from scratch (`autograd.record()`, `l.backward()`, their `sgd(params, lr, batch_size)`) "
              "and Gluon's (`nn.Dense(1)`, `gloss.L2Loss()`, `Trainer(..., 'sgd')`, `trainer.step(batch_size)`) are fed "
              "the same minibatches from the same initial weights. The closed form (解析解) solves the normal equations "
              "at once; SGD finds a numerical solution (数值解) step by step.",
        "zh": "笔记中从零开始的实现（`autograd.record()`、`l.backward()`、`sgd(params, lr, batch_size)`）与 Gluon 的简洁实现"
              "（`nn.Dense(1)`、`gloss.L2Loss()`、`Trainer(..., 'sgd')`、`trainer.step(batch_size)`）从相同的初始权重出发，"
              "读入相同的小批量。解析解一次解出正规方程；随机梯度下降则一步步逼近数值解。",
    },
    "lin.engine.scratch": {"en": "from scratch", "zh": "从零实现"},
    "lin.engine.gluon": {"en": "Gluon", "zh": "Gluon 简洁实现"},
    "lin.engine.closed": {"en": "closed form (least squares)", "zh": "解析解（最小二乘）"},
    "lin.engine.true": {"en": "true w, b", "zh": "真实的 w、b"},
    "lin.col_method": {"en": "method", "zh": "方法"},
    "lin.col_weights": {"en": "after training", "zh": "训练结果"},
    "lin.col_loss": {"en": "training loss", "zh": "训练损失"},
    "lin.col_to_closed": {"en": "distance to the closed form", "zh": "与解析解的距离"},
    "lin.col_to_true": {"en": "distance to the true w, b", "zh": "与真实 w、b 的距离"},
    "lin.col_epoch": {"en": "epoch", "zh": "迭代周期"},
    "lin.difference": {
        "en": "Largest difference between the two implementations over every step's w and b: {difference} (Gluon's "
              "SGD operator takes the learning rate as a 32-bit float).",
        "zh": "两种实现在每一步的 w 与 b 上的最大差异：{difference}（Gluon 的 SGD 算子以 32 位浮点数接收学习率）。",
    },
    "lin.difference_diverged": {
        "en": "Both implementations diverged: from scratch at step {scratch}, Gluon at step {gluon}. Until then they "
              "agree to {difference} relative to the size of w and b (Gluon's SGD operator takes the learning rate as "
              "a 32-bit float, and a run that blows up magnifies every rounding).",
        "zh": "两种实现都发散了：从零实现在第 {scratch} 步，Gluon 在第 {gluon} 步。在此之前，两者相对于 w 和 b 的大小"
              "相差不超过 {difference}（Gluon 的 SGD 算子以 32 位浮点数接收学习率，而爆炸的训练会放大每一次舍入）。",
    },
    "lin.d2l_title": {"en": "The loss after every epoch", "zh": "每个迭代周期后的损失"},
    "lin.d2l_text": {
        "en": "An epoch (迭代周期) uses every example once. With D2L's settings (η = 0.03, batch 10, 3 epochs, "
              "σ = 0.01, seed 0: the button above) the loss falls from {start} before training to {end} after three "
              "epochs: the noise floor.",
        "zh": "一个迭代周期会把每个样本都使用一次。使用 D2L 的设置（η = 0.03、批量 10、3 个周期、σ = 0.01、种子 0："
              "上方的按钮）时，损失从训练前的 {start} 降到三个周期后的 {end}：即噪声下限。",
    },
    "lin.floor": {
        "en": "**Why the loss can't go lower.** Each label carries noise ε of σ = {sigma} that no w and b can predict "
              "from x. Even the true w and b miss every label by its ε, so their loss is the mean of ½ε²: σ²/2 = "
              "{floor} on average, the noise floor (on these very examples {true_loss}). Training minimises the loss "
              "on these examples, whose lowest value is the closed form's, {least}: a little below the true weights', "
              "because three fitted numbers also bend towards a little of this sample's noise. SGD can reach it, never "
              "pass it.",
        "zh": "**为什么损失降不下去。** 每个标签都带有标准差 σ = {sigma} 的噪声 ε，任何 w 和 b 都无法由 x 预测它。"
              "即便是真实的 w 和 b，也会在每个标签上差出其 ε，因此它们的损失是 ½ε² 的平均：平均为 σ²/2 = {floor}，"
              "即噪声下限（在这些样本上为 {true_loss}）。训练最小化的是这些样本上的损失，其最低值就是解析解的 {least}："
              "略低于真实权重的损失，因为拟合出的三个数也会迁就这份样本中的一点噪声。随机梯度下降能达到它，却无法越过它。",
    },
    "lin.floor_zero": {
        "en": "**No noise (σ = 0), so no noise floor:** the true w and b fit every label up to the float32 rounding "
              "of the data (their loss here: {true_loss}; the closed form's: {least}). With a learning rate that does "
              "not diverge, SGD's loss falls epoch after epoch until it meets that rounding.",
        "zh": "**没有噪声（σ = 0），也就没有噪声下限：** 真实的 w 和 b 能拟合每个标签，只差数据的 float32 舍入"
              "（它们在这里的损失为 {true_loss}；解析解的为 {least}）。只要学习率不致发散，随机梯度下降的损失就会一个周期接一个"
              "周期地下降，直到碰上这点舍入误差。",
    },
    # --- the data ---
    "lin.data_title": {"en": "The data", "zh": "数据"},
    "lin.data_text": {
        "en": "D2L's synthetic data: 1000 examples, features from N(0, 1), y = 2·x₁ − 3.4·x₂ + 4.2 + noise of "
              "σ = {sigma}. The squared loss (平方损失) of a prediction is ½(ŷ − y)².",
        "zh": "D2L 的合成数据：1000 个样本，特征服从 N(0, 1)，y = 2·x₁ − 3.4·x₂ + 4.2 + 噪声（σ = {sigma}）。"
              "一个预测的平方损失为 ½(ŷ − y)²。",
    },
    "lin.scatter_title": {"en": "The second feature against the label", "zh": "第二个特征与标签"},
    "lin.scatter_description": {
        "en": "A scatter plot of every example: the second feature x₂ across, the label y up. The points fall along a "
              "line of slope −3.4, spread by the first feature and the noise.",
        "zh": "每个样本的散点图：横轴为第二个特征 x₂，纵轴为标签 y。点沿斜率 −3.4 的直线分布，"
              "其散开来自第一个特征和噪声。",
    },
    # --- vectorised versus a loop ---
    "lin.vector_title": {"en": "Vectorised versus one element at a time", "zh": "矢量计算与逐个元素计算"},
    "lin.vector_text": {
        "en": "The notes: 矢量计算比标量逐个相加更加省时间 (adding whole vectors is faster than adding scalars one by "
              "one). Measured on the machine this app runs on, once per process:",
        "zh": "笔记中写道：矢量计算比标量逐个相加更加省时间。以下在运行本应用的机器上测得（每个进程测一次）：",
    },
    "lin.vector_result": {
        "en": "Adding two {n}-long vectors: element by element (`c[i] = a[i] + b[i]`) **{loop} ms**, at once "
              "(`d = a + b`) **{vector} µs**: about **{ratio}×** faster.",
        "zh": "将两个长度为 {n} 的向量相加：逐个元素（`c[i] = a[i] + b[i]`）**{loop} 毫秒**，一次完成（`d = a + b`）"
              "**{vector} 微秒**：约快 **{ratio} 倍**。",
    },
    "lin.vector_note": {
        "en": "Each element-wise step is a call into MXNet with its own overhead; the vector add is one call. The same "
              "reason makes this page's minibatch a matrix product, not a loop over examples.",
        "zh": "逐个元素相加时，每一步都是一次 MXNet 调用，各有开销；向量相加只调用一次。同样的原因，本页的小批量计算"
              "也写成矩阵乘法，而不是对样本的循环。",
    },
    # --- notice, maths, code, check ---
    "lin.notice_path": {
        "en": "The path starts across the contours, straight downhill, and slows as it nears the closed form: the "
              "gradient shrinks with the distance to the optimum.",
        "zh": "路径一开始横穿等高线、直奔下坡，接近解析解时逐渐放慢：梯度随着与最优点的距离一起变小。",
    },
    "lin.notice_batch": {
        "en": "Batch size 1000 is plain gradient descent: a smooth path. Batch 1 zigzags: each step follows one "
              "example's gradient, right only on average.",
        "zh": "批量大小为 1000 时就是普通的梯度下降：路径平滑。批量为 1 时路径曲折：每一步只跟随一个样本的梯度，"
              "只在平均意义上正确。",
    },
    "lin.notice_lr": {
        "en": "The learning rate and the batch size are hyper-parameters (超参数): you set them, training does not "
              "learn them, and tuning them is trial and error. Raise η past about {limit} (2 / the largest curvature) "
              "and even full-batch gradient descent overshoots more every step; small batches, whose own losses curve "
              "more sharply, can run away below it. The page says at which step the loss ran away, and why.",
        "zh": "学习率和批量大小都是超参数：由人设定，而不是训练学出来的，调参靠反复试错。把 η 调过约 {limit}"
              "（2 / 最大曲率），即使全批量梯度下降也会一步比一步越得更远；小批量自身的损失弯曲得更厉害，"
              "低于这个值也可能失控。页面会指出损失在第几步失控，以及原因。",
    },
    "lin.notice_floor": {
        "en": "More epochs cannot push the loss below the closed form's, which sits near the noise floor σ²/2 "
              "(on these examples, a little below the true w and b's own loss): set σ = 0 and it keeps falling, down "
              "to the float32 rounding of the data (about 1e-14).",
        "zh": "再多的迭代周期也无法把损失压到解析解的损失以下，而它就在噪声下限 σ²/2 附近（在这些样本上，"
              "略低于真实 w 和 b 自身的损失）：把 σ 设为 0，损失就会一直下降，直到数据的 float32 舍入误差（约 1e-14）。",
    },
    "lin.maths_caption": {
        "en": "The model (a dense layer with one output), the squared loss averaged over the n examples, the "
              "minibatch SGD update with learning rate η over a batch 𝓑, the closed form, and the learning rates with "
              "which full-batch gradient descent converges (λ_max: the loss's largest curvature).",
        "zh": "模型（只有一个输出的全连接层）、对 n 个样本取平均的平方损失、学习率为 η、小批量为 𝓑 的随机梯度下降更新、"
              "解析解，以及全批量梯度下降能够收敛的学习率范围（λ_max：损失的最大曲率）。",
    },
    "lin.code_note": {
        "en": "It prints the closed form, then each implementation's loss after every epoch and its final w and b: "
              "the numbers above.",
        "zh": "它先输出解析解，再输出两种实现每个迭代周期后的损失以及最终的 w 和 b：即上面的数值。",
    },
    "lin.q": {
        "en": "With D2L's data and batch 10, η = 1 takes the loss from {start} to {end} in 3 epochs (the noise floor "
              "is 5e-05). The learning rate doubles to 2. What happens?",
        "zh": "使用 D2L 的数据、批量 10 时，η = 1 在 3 个周期内把损失从 {start} 降到 {end}（噪声下限为 5e-05）。"
              "把学习率加倍到 2，会怎样？",
    },
    "lin.q_a": {"en": "It gets there twice as fast.", "zh": "快一倍到达。"},
    "lin.q_b": {"en": "About the same: the loss cannot go below the floor anyway.", "zh": "差不多：损失反正无法低于下限。"},
    "lin.q_c": {"en": "It diverges.", "zh": "发散。"},
    "lin.q_why": {
        "en": "Run it (η = 2 above): the loss passes 1e30 at step {step}. 2 is above 2 / the largest curvature "
              "≈ {limit}, so each step overshoots the valley more than the last.",
        "zh": "运行一下（上方选 η = 2）：损失在第 {step} 步超过 1e30。2 大于 2 / 最大曲率 ≈ {limit}，"
              "因此每一步越过谷底的幅度都比上一步更大。",
    },
}
