"""The building-models page: every visible string in English and Simplified Chinese (D2L's terms: 模型构造,
延后初始化, 共享模型参数, 自定义层, 读取和存储)."""

STRINGS = {
    "models.title": {"en": "Building models", "zh": "模型构造"},
    "models.nav": {"en": "Building models", "zh": "模型构造"},
    "models.idea": {
        "en": "A network is a Block made of Blocks: build one layer by layer, watch Gluon learn its shapes only when "
              "data first flows through it, count its parameters, share them, write your own layers, save and load.",
        "zh": "网络是由 Block 组成的 Block：逐层搭建网络，看 Gluon 直到数据第一次流过时才知道参数形状（延后初始化），"
              "数一数参数个数，共享参数，编写自定义层，读取和存储参数。",
    },
    # --- the network and its controls ---
    "bm.net": {"en": "Layers (one token each, comma-separated)", "zh": "各层（每层一个记号，用逗号分隔）"},
    "bm.net_help": {
        "en": "d256r = Dense(256, relu) (r relu, s sigmoid, t tanh, nothing: linear) · o0.5 = Dropout(0.5) · "
              "c = CenteredLayer · m8 = MyDense(8). At most 6 layers of at most 512 units. The link carries it.",
        "zh": "d256r = Dense(256, relu)（r 为 relu，s 为 sigmoid，t 为 tanh，不写则为线性）· o0.5 = Dropout(0.5) · "
              "c = CenteredLayer · m8 = MyDense(8)。最多 6 层，每层最多 512 个单元。链接会保存它。",
    },
    "bm.presets": {"en": "Start from:", "zh": "从这里开始："},
    "bm.preset.notes": {"en": "the notes' MLP", "zh": "笔记中的 MLP"},
    "bm.preset.dropout": {"en": "MLP with dropout", "zh": "带丢弃层的 MLP"},
    "bm.preset.custom": {"en": "custom layers", "zh": "自定义层"},
    "bm.compose": {"en": "**Add a layer** at the end:", "zh": "**在末尾添加一层**："},
    "bm.kind": {"en": "Layer", "zh": "层的类型"},
    "bm.units": {"en": "Units", "zh": "单元个数"},
    "bm.activation": {"en": "Activation", "zh": "激活函数"},
    "bm.p": {"en": "Dropout probability p", "zh": "丢弃概率 p"},
    "bm.add": {"en": "Add", "zh": "添加"},
    "bm.pop": {"en": "Remove last", "zh": "删除最后一层"},
    "bm.full": {"en": "The network has the most layers allowed ({hi}).", "zh": "网络已达到允许的最多层数（{hi}）。"},
    "bm.unreadable": {"en": "Correct the layers' text first: the buttons would lose it.",
                      "zh": "请先改正各层的文字：按钮会把它丢掉。"},
    "bm.batch": {"en": "Batch size (rows of X)", "zh": "批量大小（X 的行数）"},
    "bm.features": {"en": "Input features (columns of X)", "zh": "输入特征数（X 的列数）"},
    "bm.in_units": {"en": "Give Dense in_units", "zh": "Dense 指定 in_units"},
    "bm.in_units_help": {
        "en": "nn.Dense(256, in_units=20): the input size is known when the layer is built, so nothing waits for net(X).",
        "zh": "nn.Dense(256, in_units=20)：创建层时就知道输入个数，因此不必等到 net(X)。",
    },
    "bm.err.empty": {"en": "The network has no layers: write at least one, e.g. d10.",
                     "zh": "网络中没有层：至少写一层，例如 d10。"},
    "bm.err.long": {"en": "At most {hi} characters, please.", "zh": "最多 {hi} 个字符。"},
    "bm.err.layers": {"en": "{count} layers is too many for this page: at most {hi}.",
                      "zh": "{count} 层太多了：本页最多 {hi} 层。"},
    "bm.err.units": {"en": "“{token}”: units must be a whole number from 1 to {hi}.",
                     "zh": "“{token}”：单元个数必须是 1 到 {hi} 之间的整数。"},
    "bm.err.p": {"en": "“{token}”: a dropout probability lies between 0 and 1 (in hundredths, e.g. o0.25).",
                 "zh": "“{token}”：丢弃概率在 0 与 1 之间（精确到百分位，例如 o0.25）。"},
    "bm.err.token": {"en": "“{token}” is not a layer: write d256r, o0.5, c or m8.",
                     "zh": "“{token}”不是一个层：请写 d256r、o0.5、c 或 m8 这样的记号。"},
    "bm.fallback": {"en": "Showing the notes' network ({default}) until the layers can be read.",
                    "zh": "在能读懂各层之前，先展示笔记中的网络（{default}）。"},
    # --- the diagram ---
    "bm.input": {"en": "input X", "zh": "输入 X"},
    "bm.total": {"en": "total", "zh": "合计"},
    "bm.col_layer": {"en": "layer", "zh": "层"},
    "bm.col_shape": {"en": "output shape", "zh": "输出形状"},
    "bm.col_count": {"en": "parameters", "zh": "参数个数"},
    "bm.diagram_description": {
        "en": "The network drawn top to bottom: the input X of shape {shape}, then one box per layer with its output "
              "shape and its number of parameters, arrows from each layer to the next, and the total of {total} "
              "parameters. Gluon's own summary beside it lists the same numbers as text.",
        "zh": "自上而下画出的网络：形状为 {shape} 的输入 X，然后每层一个方框，标出输出形状和参数个数，箭头从每一层指向下一层，"
              "最后是参数总数 {total}。旁边 Gluon 自己的 summary 以文字列出同样的数。",
    },
    "bm.counts_agree": {
        "en": "**{total} parameters**: Gluon's count, the boxes' sum and the formula Σ (inputs + 1) × units agree.",
        "zh": "**{total} 个参数**：Gluon 的计数、各方框之和与公式 Σ (输入个数 + 1) × 单元个数 三者一致。",
    },
    "bm.summary": {"en": "Gluon's net.summary(X)", "zh": "Gluon 的 net.summary(X)"},
    "bm.summary_note": {
        "en": "Gluon lists a Dense layer's activation as a row of its own (Activation-k) above it; the layer's "
              "parameters are on its Dense row. The picture draws them as one box.",
        "zh": "Gluon 把 Dense 层的激活函数单独列为一行（Activation-k），排在该层之上；该层的参数计在 Dense 那一行。"
              "图中把它们画成一个方框。",
    },
    "bm.listing": {"en": "print(net) and net.collect_params()", "zh": "print(net) 与 net.collect_params()"},
    # --- deferred initialisation ---
    "bm.deferred_title": {"en": "Deferred initialisation (延后初始化)", "zh": "延后初始化"},
    "bm.deferred_text": {
        "en": "Step through the three lines. A Dense layer built without `in_units` does not know how many inputs it "
              "will get: Gluon writes that axis of its weight as **0**. `initialize()` draws values at once only where "
              "the shape is known (the biases, a layer given its input size); the other weights wait: deferred. "
              "The first `net(X)` tells it X has {features} columns: the shapes are filled in and their values drawn.",
        "zh": "逐步执行这三行代码。创建 Dense 层时若不指定 `in_units`，它并不知道输入个数：Gluon 把权重的这一维写作 **0**。"
              "`initialize()` 只给形状已知的参数（偏差、已知输入个数的层）立即生成数值，其余权重要等待：延后初始化。"
              "第一次 `net(X)` 告诉它 X 有 {features} 列：形状随之确定，这些权重的数值才真正生成。",
    },
    "bm.stage": {"en": "Run up to", "zh": "执行到"},
    "bm.stage.built": {"en": "the layers are created", "zh": "创建好各层"},
    "bm.stage.initialized": {"en": "initialisation requested", "zh": "请求初始化"},
    "bm.stage.forward": {"en": "the first forward pass", "zh": "第一次前向计算"},
    "bm.col_name": {"en": "parameter", "zh": "参数"},
    "bm.col_param_shape": {"en": "shape as Gluon reports it", "zh": "Gluon 报告的形状"},
    "bm.col_state": {"en": "values", "zh": "数值"},
    "bm.state.none": {"en": "not initialised: data() raises", "zh": "未初始化：data() 报错"},
    "bm.state.deferred": {"en": "deferred: waits for net(X)", "zh": "延后：等待 net(X)"},
    "bm.state.ready": {"en": "ready", "zh": "已就绪"},
    "bm.deferred_known": {
        "en": "Every shape is known already: with `in_units` given (and MyDense, which always takes it), nothing "
              "waits for data.",
        "zh": "所有形状都已确定：指定了 `in_units`（MyDense 总是需要它）时，不必等待数据。",
    },
    "bm.deferred_zeros": {"en": "Weights with a 0 in their shape: {count} of {weights}.",
                          "zh": "形状中含 0 的权重：{weights} 个中有 {count} 个。"},
    "bm.deferred_filled": {
        "en": "`net(X)` has filled in every shape: X's {features} columns are the first layer's inputs, and each "
              "layer's outputs the next one's.",
        "zh": "`net(X)` 确定了所有形状：X 的 {features} 列是第一层的输入，每一层的输出是下一层的输入。",
    },
    "bm.deferred_none": {"en": "This network has no parameters: nothing to initialise, nothing waits.",
                         "zh": "这个网络没有参数：无需初始化，也没有什么要等待。"},
    # --- initialising again ---
    "bm.init_title": {"en": "Initialising again: force_reinit", "zh": "重新初始化：force_reinit"},
    "bm.init_text": {
        "en": "A network already initialised is initialised again only when asked: "
              "`net.initialize(init, force_reinit=True)`. The shapes are known by now, so it happens at once. "
              "Below: the first weight, {name} {shape}, after `{code}`.",
        "zh": "已经初始化过的网络，只有明确要求时才会重新初始化：`net.initialize(init, force_reinit=True)`。"
              "此时形状已知，因此立即完成。下图：第一个权重 {name} {shape} 在 `{code}` 之后的分布。",
    },
    "bm.init": {"en": "Initializer", "zh": "初始化方法"},
    "bm.sigma": {"en": "σ of Normal", "zh": "Normal 的 σ"},
    "bm.const": {"en": "value of Constant", "zh": "Constant 的取值"},
    "bm.seed": {"en": "Random seed (X, initial values)", "zh": "随机种子（X 与初始值）"},
    "bm.no_weights": {"en": "This network has no layer with weights to initialise.",
                      "zh": "这个网络中没有带权重的层可以初始化。"},
    "bm.hist_title": {"en": "{name} after re-initialising", "zh": "重新初始化后的 {name}"},
    "bm.hist_value": {"en": "weight value", "zh": "权重值"},
    "bm.hist_count": {"en": "how many", "zh": "个数"},
    "bm.hist_description": {
        "en": "A histogram of the {n} values of {name} after net.initialize({code}, force_reinit=True): mean {mean}, "
              "standard deviation {std}, from {low} to {high}.",
        "zh": "net.initialize({code}, force_reinit=True) 之后 {name} 的 {n} 个数值的直方图：均值 {mean}，标准差 {std}，"
              "范围 {low} 到 {high}。",
    },
    "bm.stats": {
        "en": "Mean **{mean}**, standard deviation **{std}**, from {low} to {high}; exact zeros {zeros}. "
              "Before: Gluon's default, uniform within ±0.07 ({before_low} to {before_high}). The biases stay 0: "
              "their own initializer is zeros.",
        "zh": "均值 **{mean}**，标准差 **{std}**，范围 {low} 到 {high}；恰为 0 的比例 {zeros}。"
              "之前：Gluon 的默认初始化，在 ±0.07 内均匀分布（{before_low} 到 {before_high}）。偏差仍为 0：它们有自己的初始化方法 zeros。",
    },
    "bm.promise.normal": {"en": "Normal(σ = {sigma}) promises mean 0 and standard deviation {sigma}.",
                          "zh": "Normal(σ = {sigma}) 的期望为 0，标准差为 {sigma}。"},
    "bm.promise.xavier": {
        "en": "Xavier draws uniformly within ±√(6 / (fan_in + fan_out)) = ±{bound}: standard deviation {sd}.",
        "zh": "Xavier 在 ±√(6 / (fan_in + fan_out)) = ±{bound} 内均匀采样：标准差 {sd}。"},
    "bm.promise.constant": {"en": "Constant({value}) sets every weight to {value}: no spread at all, standard deviation 0.",
                            "zh": "Constant({value}) 把每个权重都设为 {value}：完全没有分散，标准差为 0。"},
    "bm.promise.myinit": {
        "en": "The notes' MyInit draws uniformly on [−10, 10] and zeroes every |w| < 5: about half are 0.",
        "zh": "笔记中的 MyInit 在 [−10, 10] 上均匀采样，再把 |w| < 5 的都置为 0：约一半为 0。"},
    # --- four ways ---
    "bm.ways_title": {"en": "Block, Sequential, MySequential (模型构造)", "zh": "Block、Sequential 与 MySequential（模型构造）"},
    "bm.ways_text": {
        "en": "The same layers written four ways, each given Sequential's parameters, on the same X. `nn.Sequential` "
              "and the notes' `MySequential` call their children in the order added; a `Block` subclass says in its "
              "own `forward` what to do — which may be any Python, like D2L's FancyMLP's loop and `if`.",
        "zh": "同样的层用四种方式写出，都使用 Sequential 的参数、同一个 X。`nn.Sequential` 与笔记中的 `MySequential` "
              "按添加顺序调用子块；`Block` 的子类在自己的 `forward` 中决定怎么算——可以是任何 Python 代码，"
              "比如 D2L 中 FancyMLP 的循环和 `if`。",
    },
    "bm.way.sequential": {"en": "nn.Sequential with add", "zh": "nn.Sequential 与 add"},
    "bm.way.mysequential": {"en": "the notes' MySequential", "zh": "笔记中的 MySequential"},
    "bm.way.block": {"en": "a Block subclass, own forward", "zh": "Block 子类，自定义 forward"},
    "bm.way.fancy": {"en": "FancyMLP: the same, then while/if", "zh": "FancyMLP：同样的层，再加 while/if"},
    "bm.col_way": {"en": "written as", "zh": "写法"},
    "bm.col_output": {"en": "first row of the output (at most 4 values)", "zh": "输出的第一行（最多前 4 个值）"},
    "bm.col_diff": {"en": "max |difference| from Sequential", "zh": "与 Sequential 的最大差值"},
    "bm.fancy_diff": {"en": "{diff}, once divided by {scale}", "zh": "除以 {scale} 之后为 {diff}"},
    "bm.ways_caption": {
        "en": "FancyMLP's control flow multiplied the output by {scale} (‖output‖ = {norm} before it, {fancy} after); "
              "divided by that, it differs from Sequential's by {diff}.",
        "zh": "FancyMLP 的控制流把输出乘以 {scale}（之前 ‖输出‖ = {norm}，之后 {fancy}）；除以它之后，与 Sequential 的差为 {diff}。",
    },
    "bm.ways_code": {"en": "The three classes that ran (Sequential is Gluon's own):",
                     "zh": "运行的三个类（Sequential 是 Gluon 自带的）："},
    # --- shared parameters ---
    "bm.shared_title": {"en": "Shared parameters (共享模型参数)", "zh": "共享模型参数"},
    "bm.shared_text": {
        "en": "D2L's example, small: `shared = nn.Dense(3, activation='tanh')`, then `net.add(nn.Dense(3, …), shared, "
              "nn.Dense(3, …, params=shared.params), nn.Dense(1))`. Layers 1 and 2 use **one** weight. For "
              "y = net(X).sum(), its gradient is the sum of the gradients of its two uses: the untied twin (two copies "
              "of the same values) gives each use's, autograd on the shared one gives the total.",
        "zh": "D2L 的例子（缩小版）：`shared = nn.Dense(3, activation='tanh')`，然后 `net.add(nn.Dense(3, …), shared, "
              "nn.Dense(3, …, params=shared.params), nn.Dense(1))`。第 1、2 层使用**同一个**权重。对 y = net(X).sum() 而言，"
              "它的梯度是两次使用各自梯度之和：不共享的“孪生”网络（两份相同的值）给出每次使用的梯度，对共享网络求 autograd 给出总和。",
    },
    "bm.col_entry": {"en": "entry of W", "zh": "W 的元素"},
    "bm.col_use1": {"en": "use 1 (layer 1)", "zh": "第 1 次使用（第 1 层）"},
    "bm.col_use2": {"en": "use 2 (layer 2)", "zh": "第 2 次使用（第 2 层）"},
    "bm.col_sum": {"en": "use 1 + use 2", "zh": "两次之和"},
    "bm.col_tied": {"en": "autograd, shared", "zh": "autograd（共享）"},
    "bm.shared_caption": {
        "en": "`net[1].weight is net[2].weight`: {same}. collect_params() holds {unique} parameters; the forward pass "
              "uses {used} (the shared 3 × 3 weight and its bias twice). Largest |sum − autograd|: {diff}.",
        "zh": "`net[1].weight is net[2].weight`：{same}。collect_params() 中有 {unique} 个参数；前向计算用到 {used} 个"
              "（共享的 3 × 3 权重及其偏差用了两次）。|两次之和 − autograd| 的最大值：{diff}。",
    },
    # --- save and load ---
    "bm.save_title": {"en": "Saving and loading (读取和存储)", "zh": "读取和存储"},
    "bm.save_text": {
        "en": "`net.save_parameters('net.params')` writes every array, named by its place in the network; a new "
              "network of the same architecture reads them back with `load_parameters`. Here: {size} bytes, arrays "
              "{names}.",
        "zh": "`net.save_parameters('net.params')` 写下每个数组，按它在网络中的位置命名；同样结构的新网络用 "
              "`load_parameters` 读回。这里：{size} 字节，数组 {names}。",
    },
    "bm.round_trip": {
        "en": "**Round trip bit for bit: {same}.** The new network started with {differing} different values; after "
              "loading, every parameter and the output for X are identical.",
        "zh": "**往返逐位一致：{same}。** 新网络起初有 {differing} 个不同的值；读取之后，每个参数和 X 的输出都完全相同。",
    },
    "bm.yes": {"en": "yes", "zh": "是"},
    "bm.no": {"en": "no", "zh": "否"},
    "bm.download": {"en": "Download net.params", "zh": "下载 net.params"},
    "bm.upload": {"en": "Load a .params file into this network", "zh": "把 .params 文件读入这个网络"},
    "bm.upload_help": {"en": "At most {limit} MB; it must fit this architecture.", "zh": "最大 {limit} MB；必须与当前网络结构相符。"},
    "bm.loaded": {
        "en": "Loaded {count} arrays into a new network of this architecture. Its output for X, first row: {row}. "
              "{same}",
        "zh": "已把 {count} 个数组读入一个同样结构的新网络。它对 X 的输出（第一行）：{row}。{same}",
    },
    "bm.loaded_same": {"en": "These are exactly this page's parameters.", "zh": "这正是本页的参数。"},
    "bm.loaded_other": {"en": "These are other parameters than this page's (another seed, or trained).",
                        "zh": "这些参数与本页的不同（另一个种子，或训练过）。"},
    "bm.err.too_big": {"en": "The file has {size} bytes, more than the {limit} allowed: nothing was loaded.",
                       "zh": "文件有 {size} 字节，超过允许的 {limit}：没有读取任何内容。"},
    "bm.err.truncated": {"en": "The file ends early ({size} bytes): it was cut short. Nothing was loaded.",
                         "zh": "文件提前结束（{size} 字节）：它被截断了。没有读取任何内容。"},
    "bm.err.trailing": {"en": "The file has {extra} bytes after its last array's name: not a file save_parameters wrote. "
                              "Nothing was loaded.",
                        "zh": "文件在最后一个数组名之后还有 {extra} 字节：不是 save_parameters 写出的文件。没有读取任何内容。"},
    "bm.err.foreign": {"en": "This is not an MXNet .params file ({why}). Nothing was loaded.",
                       "zh": "这不是 MXNet 的 .params 文件（{why}）。没有读取任何内容。"},
    "bm.why.header": {"en": "shorter than its header", "zh": "比文件头还短"},
    "bm.why.mark": {"en": "it does not start with MXNet's mark 0x112", "zh": "开头没有 MXNet 的标记 0x112"},
    "bm.why.count": {"en": "it claims {count} arrays", "zh": "它声称有 {count} 个数组"},
    "bm.why.array_mark": {"en": "an array without MXNet's V2 mark", "zh": "有一个数组缺少 MXNet 的 V2 标记"},
    "bm.why.ndim": {"en": "an array with {ndim} axes", "zh": "有一个 {ndim} 维的数组"},
    "bm.why.negative": {"en": "a negative length", "zh": "有负的长度"},
    "bm.why.dtype_code": {"en": "an unknown dtype code {flag}", "zh": "未知的数据类型代码 {flag}"},
    "bm.why.names": {"en": "{count} arrays but {names} names", "zh": "{count} 个数组却有 {names} 个名字"},
    "bm.why.name_long": {"en": "a name too long", "zh": "有一个名字过长"},
    "bm.why.name_text": {"en": "a name that is not text", "zh": "有一个名字不是文本"},
    "bm.err.sparse": {"en": "The file holds a sparse array; this network's parameters are dense. Nothing was loaded.",
                      "zh": "文件中有稀疏数组，而这个网络的参数是稠密的。没有读取任何内容。"},
    "bm.err.missing": {"en": "The file lacks {names}, which this network needs (it holds {found}): saved from another "
                             "architecture. Nothing was loaded.",
                       "zh": "文件缺少本网络需要的 {names}（文件中有 {found}）：它来自另一种结构。没有读取任何内容。"},
    "bm.err.extra": {"en": "The file has {names}, for which this network has no place: saved from another "
                           "architecture. Nothing was loaded.",
                     "zh": "文件中有 {names}，本网络没有对应的位置：它来自另一种结构。没有读取任何内容。"},
    "bm.err.shape": {"en": "{name} has shape {file} in the file but {net} in this network. Nothing was loaded.",
                     "zh": "{name} 在文件中的形状是 {file}，在本网络中却是 {net}。没有读取任何内容。"},
    "bm.err.dtype": {"en": "{name} is {dtype} in the file; this network holds float32. Nothing was loaded.",
                     "zh": "{name} 在文件中是 {dtype}，本网络用的是 float32。没有读取任何内容。"},
    # --- what to notice, maths, check ---
    "bm.notice_blocks": {
        "en": "A layer, a block of layers and the whole network are all `Block`s: each has parameters (`params`) and "
              "a `forward`; backward comes from autograd.",
        "zh": "一层、若干层组成的块和整个网络都是 `Block`：各有参数（`params`）和 `forward`；反向传播由 autograd 自动得到。",
    },
    "bm.notice_custom": {
        "en": "CenteredLayer and MyDense are custom layers: a Block subclass with a `forward`, its parameters made "
              "with `self.params.get` — Gluon then counts, initialises, saves and loads them like its own.",
        "zh": "CenteredLayer 与 MyDense 是自定义层：继承 Block 并定义 `forward`，用 `self.params.get` 创建参数——"
              "之后 Gluon 像对待自带的层一样计数、初始化、存储和读取它们。",
    },
    "bm.notice_count": {
        "en": "A Dense layer of n units on m inputs has m·n weights and n biases: its count depends on the layer "
              "before it, never on the batch size.",
        "zh": "m 个输入、n 个单元的 Dense 层有 m·n 个权重和 n 个偏差：参数个数取决于前一层，与批量大小无关。",
    },
    "bm.notice_deferred": {
        "en": "Until `net(X)`, Gluon writes an unknown input size as 0; give `in_units` and it is known at once.",
        "zh": "在 `net(X)` 之前，Gluon 把未知的输入个数写作 0；指定 `in_units` 则立即可知。",
    },
    "bm.notice_shared": {
        "en": "One parameter used twice collects gradient from both uses: the sum.",
        "zh": "同一个参数被使用两次，就从两次使用中各得一份梯度：二者相加。",
    },
    "bm.notice_saved": {
        "en": "A .params file holds values only, named by position: load it into the same architecture, built by code.",
        "zh": ".params 文件只保存数值，按位置命名：要读入同样结构的网络，而结构由代码构建。",
    },
    "bm.maths_caption": {
        "en": "The count per Dense layer; Xavier's bound with MXNet's default settings for it (uniform, fan_in and "
              "fan_out averaged, magnitude 3; Gluon's default initializer is Uniform(0.07), not Xavier); the shared "
              "weight's gradient as the sum over its uses.",
        "zh": "每个 Dense 层的参数个数；MXNet 中 Xavier 默认设置下的界（均匀分布、扇入与扇出取平均、magnitude 为 3；"
              "Gluon 的默认初始化是 Uniform(0.07)，不是 Xavier）；共享权重的梯度为各次使用之和。",
    },
    "bm.q": {"en": "How many parameters does nn.Dense(256) have on 784 inputs?",
             "zh": "输入为 784 个时，nn.Dense(256) 有多少个参数？"},
    "bm.q_a": {"en": "200,704 (784 × 256)", "zh": "200,704（784 × 256）"},
    "bm.q_b": {"en": "200,960", "zh": "200,960"},
    "bm.q_c": {"en": "1,040 (784 + 256)", "zh": "1,040（784 + 256）"},
    "bm.q_d": {"en": "It depends on the batch size", "zh": "取决于批量大小"},
    "bm.q_why": {
        "en": "784 × 256 weights and 256 biases: {count}. Gluon counted it for this check. The batch size changes "
              "the output's shape, not the parameters.",
        "zh": "784 × 256 个权重加 256 个偏差：{count}。这是 Gluon 为本题数出的。批量大小改变输出形状，不改变参数个数。",
    },
}
