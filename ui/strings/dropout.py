"""The dropout page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "dropout.title": {"en": "Dropout", "zh": "丢弃法（dropout）"},
    "dropout.nav": {"en": "Dropout", "zh": "丢弃法"},
    "dropout.idea": {
        "en": "While training, each hidden unit is dropped with probability p and the kept ones are scaled by "
              "1/(1 − p), so every unit's expected value is unchanged; when predicting, the layer does nothing. "
              "Scaling while training, not while predicting, is called inverted dropout.",
        "zh": "训练时，每个隐藏单元以概率 p 被丢弃，保留下来的单元乘以 1/(1 − p)，因此每个单元的期望不变；"
              "预测时，丢弃层什么也不做。在训练时而不是预测时缩放，这种做法叫作倒置丢弃法（inverted dropout）。",
    },
    "do.p1": {"en": "drop_prob1 (after hidden layer 1)", "zh": "drop_prob1（第一个隐藏层之后）"},
    "do.p2": {"en": "drop_prob2 (after hidden layer 2)", "zh": "drop_prob2（第二个隐藏层之后）"},
    "do.seed": {"en": "Random seed of the masks", "zh": "掩码的随机种子"},
    "do.presets": {"en": "Presets for (drop_prob1, drop_prob2):", "zh": "（drop_prob1, drop_prob2）的预设："},
    "do.preset.notes": {"en": "0.2 / 0.5", "zh": "0.2 / 0.5"},
    "do.preset.zero": {"en": "p = 0", "zh": "p = 0"},
    "do.preset.one": {"en": "p = 1", "zh": "p = 1"},
    "do.resample": {"en": "Sample new masks", "zh": "重新采样掩码"},
    "do.layer_choice": {"en": "Hidden layer shown below", "zh": "下方展示的隐藏层"},
    "do.kept": {"en": "kept", "zh": "保留"},
    "do.dropped": {"en": "dropped", "zh": "丢弃"},
    "do.input": {"en": "input\n8 of 784", "zh": "输入\n784 个中的 8 个"},
    "do.hidden1": {"en": "hidden 1", "zh": "隐藏层 1"},
    "do.hidden2": {"en": "hidden 2", "zh": "隐藏层 2"},
    "do.hidden1_p": {"en": "hidden 1\np = {p}", "zh": "隐藏层 1\np = {p}"},
    "do.hidden2_p": {"en": "hidden 2\np = {p}", "zh": "隐藏层 2\np = {p}"},
    "do.output": {"en": "output\n10", "zh": "输出\n10 个"},
    "do.layer": {"en": "layer", "zh": "层"},
    "do.unit": {"en": "unit", "zh": "单元"},
    "do.unit_name": {"en": "unit {}", "zh": "单元 {}"},
    "do.state": {"en": "state", "zh": "状态"},
    "do.mask": {"en": "Mask", "zh": "掩码"},
    "do.value": {"en": "activation", "zh": "激活值"},
    "do.panel_before": {"en": "before: h", "zh": "丢弃前：h"},
    "do.panel_mask": {"en": "the mask ξ", "zh": "掩码 ξ"},
    "do.panel_after": {"en": "after: ξ·h/(1 − p)", "zh": "丢弃后：ξ·h/(1 − p)"},
    "do.network_description": {
        "en": "The notes' network 784-256-256-10 drawn small: 8 inputs, 12 units of each hidden layer, 10 outputs. "
              "Dropped hidden units are grey and lose all their edges; drop_prob1 = {p1}, drop_prob2 = {p2}. "
              "A slider under the chart steps through pre-sampled masks.",
        "zh": "笔记中的 784-256-256-10 网络的缩略图：8 个输入、每个隐藏层 12 个单元、10 个输出。被丢弃的隐藏单元显示为灰色，"
              "其所有连线都消失；drop_prob1 = {p1}，drop_prob2 = {p2}。图下方的滑块可逐个查看预先采样的掩码。",
    },
    "do.network_caption": {
        "en": "Showing {shown1} and {shown2} of the 256 units of each hidden layer; line width is |weight|. "
              "Move the slider under the picture to step through {masks} masks — no waiting, it happens in your browser.",
        "zh": "每个隐藏层的 256 个单元中只画出 {shown1} 个和 {shown2} 个；线宽表示 |权重|。"
              "拖动图下方的滑块可逐个查看 {masks} 个掩码——在浏览器中即时完成，无需等待。",
    },
    "do.network_text": {
        "en": "Each training step draws a fresh **mask**: hidden layer 1 keeps each unit with probability "
              "1 − {p1} (on average {k1} of 256), hidden layer 2 with probability 1 − {p2} (on average {k2}). "
              "A dropped unit sends nothing on, so the next layer cannot rely on it, and in that step it gets no "
              "gradient: backpropagation passes through the mask, which is 0 there.",
        "zh": "每一步训练都会重新抽取一个**掩码**：隐藏层 1 的每个单元以概率 1 − {p1} 被保留（平均 256 个中保留 {k1} 个），"
              "隐藏层 2 以概率 1 − {p2} 被保留（平均 {k2} 个）。被丢弃的单元不再向后传递任何信息，下一层因此不能依赖它；"
              "在这一步它也得不到梯度：反向传播要经过掩码，而那里的掩码是 0。",
    },
    "do.p_one": {
        "en": "p = 1 drops every unit: the layer outputs zeros. MXNet's own Dropout returns NaN here (0 · 1/0), "
              "so this page handles p = 1 itself and shows zeros.",
        "zh": "p = 1 会丢弃所有单元：该层输出全为 0。MXNet 自带的 Dropout 此时会返回 NaN（0 · 1/0），"
              "所以本页自行处理 p = 1，显示为 0。",
    },
    "do.p_zero": {
        "en": "p = 0 keeps every unit and scales by 1/(1 − 0) = 1: dropout is then the identity.",
        "zh": "p = 0 保留所有单元，缩放因子 1/(1 − 0) = 1：此时丢弃法就是恒等映射。",
    },
    "do.grid_title": {"en": "All 256 units of hidden layer {layer}", "zh": "隐藏层 {layer} 的全部 256 个单元"},
    "do.grid_description": {
        "en": "Hidden layer {layer} as a 16 by 16 grid in three panels: the activations before dropout, the mask "
              "(blue kept, grey dropped) and the activations after, kept ones multiplied by 1/(1 − p) with p = {p}.",
        "zh": "隐藏层 {layer} 画成 16 × 16 的网格，分三栏：丢弃前的激活值、掩码（蓝色保留，灰色丢弃）、丢弃后的激活值"
              "（保留的单元乘以 1/(1 − p)，p = {p}）。",
    },
    "do.grid_caption": {
        "en": "p = {p}: kept units are multiplied by 1/(1 − p) = {scale}, so they look darker after than before; "
              "dropped ones become 0 (white). Hover a cell for its value; the slider picks the mask.",
        "zh": "p = {p}：保留的单元乘以 1/(1 − p) = {scale}，所以丢弃后颜色比丢弃前更深；被丢弃的单元变为 0（白色）。"
              "把鼠标移到格子上可查看数值；滑块用来选择掩码。",
    },
    "do.grid_caption_zero": {
        "en": "p = 0: no unit is dropped and 1/(1 − p) = 1, so after equals before. Hover a cell for its value; "
              "the slider picks the mask.",
        "zh": "p = 0：没有单元被丢弃，且 1/(1 − p) = 1，所以丢弃后与丢弃前完全相同。把鼠标移到格子上可查看数值；滑块用来选择掩码。",
    },
    "do.grid_caption_one": {
        "en": "p = 1: every unit is dropped, so after is all 0 (white); 1/(1 − p) is undefined and there is no kept "
              "unit left to scale. Hover a cell for its value; the slider picks the mask.",
        "zh": "p = 1：所有单元都被丢弃，丢弃后全为 0（白色）；1/(1 − p) 没有定义，也没有保留的单元可供放大。"
              "把鼠标移到格子上可查看数值；滑块用来选择掩码。",
    },
    "do.modes_title": {"en": "Training vs prediction", "zh": "训练模式与预测模式"},
    "do.modes_text": {
        "en": "D2L applies dropout to `nd.arange(16).reshape((2, 8))`. With p = {p}, MXNet drops units only in "
              "training mode — inside `autograd.record()` or `autograd.train_mode()`. In prediction mode "
              "`nd.Dropout` and `nn.Dropout` return X unchanged. D2L's from-scratch network does the same by hand: it "
              "calls its `dropout` only `if autograd.is_training():`.",
        "zh": "D2L 对 `nd.arange(16).reshape((2, 8))` 做丢弃。p = {p} 时，MXNet 只在训练模式下丢弃单元——即在 "
              "`autograd.record()` 或 `autograd.train_mode()` 之内。预测模式下，`nd.Dropout` 和 `nn.Dropout` "
              "原样返回 X。D2L 从零实现的网络用手写的方式做到这一点：只在 `if autograd.is_training():` 时调用它的 `dropout`。",
    },
    "do.col_what": {"en": "computed by", "zh": "计算方式"},
    "do.col_mode": {"en": "mode", "zh": "模式"},
    "do.col_row1": {"en": "row 1", "zh": "第 1 行"},
    "do.col_row2": {"en": "row 2", "zh": "第 2 行"},
    "do.ours": {"en": "dropout(X, p, seed={seed}) from scratch", "zh": "从零实现的 dropout(X, p, seed={seed})"},
    "do.training": {"en": "training", "zh": "训练"},
    "do.predicting": {"en": "prediction", "zh": "预测"},
    "do.modes_caption": {
        "en": "Each training row keeps different elements — MXNet draws its own masks — but every kept value is "
              "X/(1 − p) and every other is 0. MXNet's scale 1/(1 − p) is a float32, so kept values may differ "
              "from X/(1 − p) in the 7th digit.",
        "zh": "每个训练模式的行保留的元素各不相同（MXNet 自己抽取掩码），但保留的值都等于 X/(1 − p)，其余都是 0。"
              "MXNet 的缩放因子 1/(1 − p) 是 float32，保留的值可能在第 7 位有效数字上与 X/(1 − p) 不同。",
    },
    "do.modes_caption_one": {
        "en": "p = 1: MXNet's nd.Dropout and nn.Dropout would print NaN in training mode; the page shows the "
              "zeros that dropping everything means. In prediction mode they still return X.",
        "zh": "p = 1：MXNet 的 nd.Dropout 和 nn.Dropout 在训练模式下会输出 NaN；本页显示丢弃全部单元应得的 0。"
              "预测模式下它们仍原样返回 X。",
    },
    "do.why_title": {"en": "Why divide by 1 − p?", "zh": "为什么要除以 1 − p？"},
    "do.draws_slider": {"en": "Number of masks N", "zh": "掩码个数 N"},
    "do.draws": {"en": "masks N (log scale)", "zh": "掩码个数 N（对数坐标）"},
    "do.mean": {"en": "mean of ξ·h/(1 − p)", "zh": "ξ·h/(1 − p) 的平均"},
    "do.target": {"en": "undropped h", "zh": "未丢弃的 h"},
    "do.convergence_title": {"en": "Each unit's mean → its undropped value (dashed)",
                             "zh": "每个单元的平均值 → 未丢弃时的值（虚线）"},
    "do.convergence_description": {
        "en": "Running mean of a few units' outputs after dropout with p = {p}, over 1 to {draws} masks on a log "
              "axis; each curve approaches the dashed line at the unit's undropped activation.",
        "zh": "p = {p} 时几个单元丢弃后输出的累计平均，掩码个数从 1 到 {draws}（对数坐标）；每条曲线都趋向表示该单元未丢弃激活值的虚线。",
    },
    "do.convergence_caption": {
        "en": "After {draws} masks each mean is within a few standard errors h·√(p/((1 − p)N)) of h: the scaling keeps "
              "the expectation.",
        "zh": "经过 {draws} 个掩码后，每个平均值与 h 的差距都在几个标准误差 h·√(p/((1 − p)N)) 之内：缩放保持了期望不变。",
    },
    "do.convergence_p_one": {
        "en": "p = 1: every output is 0, so the mean stays at 0 — no factor 1/(1 − p) can bring it back.",
        "zh": "p = 1：每个输出都是 0，平均值始终为 0——没有任何缩放因子 1/(1 − p) 能把它恢复。",
    },
    "do.k": {"en": "kept units k (of 256)", "zh": "保留的单元数 k（共 256 个）"},
    "do.share": {"en": "share of masks", "zh": "掩码所占比例"},
    "do.observed": {"en": "sampled masks", "zh": "采样的掩码"},
    "do.pmf": {"en": "exact Binomial(256, {q})", "zh": "精确的二项分布 Binomial(256, {q})"},
    "do.hist_title": {"en": "Kept units per mask ~ Binomial(256, {q})", "zh": "每个掩码保留的单元数 ~ Binomial(256, {q})"},
    "do.hist_description": {
        "en": "Histogram of how many of 256 units each of {draws} masks keeps, next to the exact Binomial(256, {q}) "
              "probabilities drawn as a line with points.",
        "zh": "{draws} 个掩码各自保留了 256 个单元中多少个的直方图，旁边是用折线和点画出的精确二项分布 Binomial(256, {q}) 概率。",
    },
    "do.hist_caption": {
        "en": "Over {draws} masks the mean number kept is {mean}; the Binomial's mean is 256(1 − p) = {expected}, "
              "its standard deviation {sd}.",
        "zh": "{draws} 个掩码平均保留 {mean} 个单元；二项分布的均值为 256(1 − p) = {expected}，标准差为 {sd}。",
    },
    "do.ensemble_title": {"en": "An ensemble of thinned networks", "zh": "由“变瘦”的网络组成的集成"},
    "do.ensemble_axis": {"en": "mask", "zh": "掩码"},
    "do.ensemble_description": {
        "en": "{masks} small copies of the network, one per sampled mask, side by side: each keeps different "
              "units, all share the same weights (line width).",
        "zh": "{masks} 个网络小图并排，每个对应一个采样的掩码：各自保留不同的单元，但都共享同一组权重（线宽）。",
    },
    "do.ensemble_caption": {
        "en": "{masks} of the 2^512 thinned networks a mask can pick. They share one set of weights: each training "
              "step trains the thinned networks its masks pick in that step (one per example), and through the shared "
              "weights that moves all of them a little. Predicting with the full network keeps each unit's "
              "expectation, which only approximates the average of the thinned networks' predictions: the trained "
              "network below measures how closely.",
        "zh": "掩码可选出 2^512 个“变瘦”的网络，这里是其中 {masks} 个。它们共享同一组权重：每一步训练只训练这一步的掩码选出的"
              "“变瘦”网络（每个样本一个），但通过共享的权重，所有网络都随之改变一点。用完整网络做预测保持了每个单元的期望，"
              "但这只是近似于各个“变瘦”网络预测的平均：下面训练好的网络测量了两者有多接近。",
    },
    "do.thinned_title": {"en": "Full network versus the average of its thinned networks",
                         "zh": "完整网络与其“变瘦”网络平均值的比较"},
    "do.thinned_description": {
        "en": "For the model trained with dropout: its prediction (full network, no mask) minus the average of "
              "{masks} sampled thinned networks at each x from −3 to 3, with a band of {errors} standard errors of that "
              "average around zero.",
        "zh": "对使用丢弃法训练的模型：在 −3 到 3 的每个 x 上，它的预测（完整网络、不用掩码）减去 {masks} 个采样的“变瘦”网络"
              "的平均，零附近的带表示该平均的 {errors} 个标准误差。",
    },
    "do.thinned_diff": {"en": "prediction − thinned average", "zh": "预测 − “变瘦”网络平均"},
    "do.thinned_band": {"en": "± {errors} standard errors", "zh": "± {errors} 个标准误差"},
    "do.thinned.differs": {
        "en": "On this trained network the prediction differs from the average of {masks} sampled thinned networks "
              "by up to {gap} (at x = {at}), {share} % of the prediction's range {span}; the average's own sampling "
              "error there is {se}. Predicting with the full network approximates the ensemble's average; it does "
              "not equal it.",
        "zh": "在这个训练好的网络上，预测与 {masks} 个采样的“变瘦”网络的平均最多相差 {gap}（在 x = {at} 处），"
              "占预测取值范围 {span} 的 {share} %；该处平均值本身的抽样误差为 {se}。用完整网络做预测只是近似于集成的平均，"
              "并不等于它。",
    },
    "do.thinned.within": {
        "en": "On this trained network the prediction and the average of {masks} sampled thinned networks differ by at "
              "most {gap} (at x = {at}), nowhere more than {errors} standard errors of that average: the difference is "
              "within the sampling error here, though in general the full network only approximates the average.",
        "zh": "在这个训练好的网络上，预测与 {masks} 个采样的“变瘦”网络的平均最多相差 {gap}（在 x = {at} 处），处处都不超过"
              "该平均的 {errors} 个标准误差：这里两者之差在抽样误差之内，但一般而言完整网络只是近似于这个平均。",
    },
    "do.thinned.same": {
        "en": "With these drop probabilities every thinned network is the full network (nothing is dropped, or a "
              "layer drops everything), so the prediction is their average: the curve is round-off only.",
        "zh": "在这样的丢弃概率下，每个“变瘦”网络都就是完整网络（什么都不丢弃，或者某一层全部丢弃），所以预测就是它们的平均："
              "曲线只是舍入误差。",
    },
    "do.overfit_title": {"en": "The effect on overfitting", "zh": "对过拟合的影响"},
    "do.n_train": {"en": "Training points", "zh": "训练样本数"},
    "do.overfit_text": {
        "en": "{n} training points of y = sin(x) + noise, with x between −3 and 3 and noise of standard deviation "
              "{noise}, so even the true curve sin(x) has a mean squared error of about {floor} on new points; "
              "{test} test points from the same source. The same MLP 1 → {hidden} → {hidden} → 1 (about 17,000 "
              "weights for {n} points) starts from the same weights and is trained by Gluon with full-batch Adam "
              "(learning rate {lr}) for {epochs} epochs: once without dropout, once with nn.Dropout({p1}) and "
              "nn.Dropout({p2}) after the two hidden layers. Losses are measured in prediction mode.",
        "zh": "{n} 个训练样本来自 y = sin(x) + 噪声，x 在 −3 到 3 之间，噪声的标准差为 {noise}，"
              "因此即使是真实曲线 sin(x)，在新样本上的均方误差也约为 {floor}；{test} 个测试样本来自同一分布。"
              "同一个多层感知机 1 → {hidden} → {hidden} → 1（约 17,000 个参数对应 {n} 个样本）从相同的初始权重出发，"
              "由 Gluon 用全批量 Adam（学习率 {lr}）训练 {epochs} 个迭代周期：一次不用丢弃法，一次在两个隐藏层之后"
              "分别加上 nn.Dropout({p1}) 和 nn.Dropout({p2})。损失在预测模式下计算。",
    },
    "do.fit_title": {"en": "What each model learned from {n} points", "zh": "每个模型从 {n} 个样本中学到的函数"},
    "do.fit_description": {
        "en": "The {n} training points, the true curve sin(x) dashed in grey, and the functions learned without "
              "dropout and with dropout, drawn over x from −3 to 3.",
        "zh": "{n} 个训练样本、灰色虚线表示的真实曲线 sin(x)，以及不用丢弃法和使用丢弃法学到的函数，x 从 −3 到 3。",
    },
    "do.fit_caption": {
        "en": "Mean squared distance from sin(x) over [−3, 3]: {plain} without dropout, {dropout} with dropout.",
        "zh": "在 [−3, 3] 上与 sin(x) 的均方距离：不用丢弃法 {plain}，使用丢弃法 {dropout}。",
    },
    "do.truth": {"en": "true curve sin(x)", "zh": "真实曲线 sin(x)"},
    "do.points": {"en": "training points", "zh": "训练样本"},
    "do.overfit_chart_title": {"en": "Train (solid) and test (dashed) loss", "zh": "训练损失（实线）与测试损失（虚线）"},
    "do.overfit_description": {
        "en": "Mean squared error per epoch for the model without dropout and the model with dropout, on the "
              "training and the test set, with a dotted line at the noise level.",
        "zh": "不用丢弃法和使用丢弃法的模型在训练集和测试集上每个迭代周期的均方误差，虚点线表示噪声水平。",
    },
    "do.loss_caption": {
        "en": "The gap between a model's dashed and solid line is how much worse it does on new points than on "
              "the points it was trained on. Dotted grey line: the noise level σ² = {floor}, the test loss of the "
              "true curve on average.",
        "zh": "同一模型的虚线与实线之间的差距，就是它在新样本上比在训练样本上差多少。灰色点线：噪声水平 σ² = {floor}，"
              "即真实曲线平均的测试损失。",
    },
    "do.plain": {"en": "without dropout", "zh": "不用丢弃法"},
    "do.dropout": {"en": "with dropout", "zh": "使用丢弃法"},
    "do.train": {"en": "training set", "zh": "训练集"},
    "do.test": {"en": "test set", "zh": "测试集"},
    "do.epoch": {"en": "epoch", "zh": "迭代周期"},
    "do.loss": {"en": "mean squared error", "zh": "均方误差"},
    "do.gaps": {
        "en": "After {epochs} epochs, without dropout: training loss {train_plain}, test loss {test_plain}, "
              "gap **{gap_plain}**. With dropout: training loss {train_dropout}, test loss {test_dropout}, "
              "gap **{gap_dropout}**.",
        "zh": "{epochs} 个迭代周期后，不用丢弃法：训练损失 {train_plain}，测试损失 {test_plain}，差距 **{gap_plain}**。"
              "使用丢弃法：训练损失 {train_dropout}，测试损失 {test_dropout}，差距 **{gap_dropout}**。",
    },
    "do.verdicts": {"en": "{gaps} {rise} {compare}", "zh": "{gaps}{rise}{compare}"},
    "do.rise.noise": {
        "en": "Without dropout the test loss was lowest at epoch {epoch} ({best}) and then rose to {last}, by {rise}: "
              "more than {wiggles} times its typical change between two recordings ({wiggle}). Meanwhile the training "
              "loss fell from {train_best} to {train}, below sin(x)'s own loss on these {n} training points ({truth}; "
              "σ² = {floor} only on average): the network followed the points more closely than the true curve "
              "does, so it was fitting their noise.",
        "zh": "不用丢弃法时，测试损失在第 {epoch} 个迭代周期最低（{best}），之后升到 {last}，升高了 {rise}："
              "超过它在相邻两次记录之间典型变化（{wiggle}）的 {wiggles} 倍。与此同时，训练损失从 {train_best} 降到 {train}，"
              "低于 sin(x) 本身在这 {n} 个训练点上的损失（{truth}；σ² = {floor} 只是平均而言）：网络比真实曲线还要贴近这些点，"
              "所以它在拟合它们的噪声。",
    },
    "do.rise.rose": {
        "en": "Without dropout the test loss was lowest at epoch {epoch} ({best}) and then rose to {last}, by {rise}: "
              "more than {wiggles} times its typical change between two recordings ({wiggle}). But its training loss "
              "went from {train_best} to {train}, not below sin(x)'s own loss on these {n} training points ({truth}), "
              "as it is when a network follows their noise, so these numbers do not show that it fits the noise.",
        "zh": "不用丢弃法时，测试损失在第 {epoch} 个迭代周期最低（{best}），之后升到 {last}，升高了 {rise}："
              "超过它在相邻两次记录之间典型变化（{wiggle}）的 {wiggles} 倍。但它的训练损失从 {train_best} 变为 {train}，"
              "并没有像网络拟合噪声时那样低于 sin(x) 本身在这 {n} 个训练点上的损失（{truth}），"
              "所以这些数字并不表明它在拟合噪声。",
    },
    "do.rise.level": {
        "en": "Without dropout the test loss was lowest at epoch {epoch} ({best}) and ended at {last}: {rise} higher, "
              "within {wiggles} times its typical change between two recordings ({wiggle}), so no clear rise.",
        "zh": "不用丢弃法时，测试损失在第 {epoch} 个迭代周期最低（{best}），最后为 {last}：高了 {rise}，"
              "在它相邻两次记录之间典型变化（{wiggle}）的 {wiggles} 倍之内，所以没有明显的上升。",
    },
    "do.rise.last": {
        "en": "Without dropout the test loss was still at its lowest ({best}) after the last epoch.",
        "zh": "不用丢弃法时，测试损失在最后一个迭代周期仍是最低（{best}）。",
    },
    "do.compare.better": {
        "en": "Dropout narrows the gap ({gap_plain} → {gap_dropout}) and lowers the test loss ({test_plain} → "
              "{test_dropout}): it predicts new points better, while its training loss {train_dropout} stays at or "
              "below sin(x)'s own loss on these points ({truth}).",
        "zh": "丢弃法缩小了差距（{gap_plain} → {gap_dropout}），也降低了测试损失（{test_plain} → {test_dropout}）："
              "它对新样本预测得更好，而它的训练损失 {train_dropout} 仍不高于 sin(x) 本身在这些点上的损失（{truth}）。",
    },
    "do.compare.better_loose": {
        "en": "Dropout narrows the gap ({gap_plain} → {gap_dropout}) and lowers the test loss ({test_plain} → "
              "{test_dropout}), but its training loss {train_dropout} is above sin(x)'s own loss on these points "
              "({truth}): it no longer fits them even as well as the true curve, a little underfitting traded for "
              "less noise-fitting.",
        "zh": "丢弃法缩小了差距（{gap_plain} → {gap_dropout}），也降低了测试损失（{test_plain} → {test_dropout}），"
              "但它的训练损失 {train_dropout} 高于 sin(x) 本身在这些点上的损失（{truth}）：它对这些点的拟合已不如真实曲线，"
              "用一点欠拟合换来了更少的噪声拟合。",
    },
    "do.compare.underfit": {
        "en": "The gap with dropout is narrower ({gap_plain} → {gap_dropout}) only because dropout can no longer "
              "fit even the training points: its training loss {train_dropout} is above sin(x)'s own loss on them "
              "({truth}), and its test loss {test_dropout} is not lower than without dropout ({test_plain}; the true "
              "curve's is σ² = {floor} on average). Both losses are high: with this much dropped the network "
              "underfits.",
        "zh": "使用丢弃法时差距更小（{gap_plain} → {gap_dropout}），只是因为它连训练样本都拟合不好了：它的训练损失 "
              "{train_dropout} 高于 sin(x) 本身在这些点上的损失（{truth}），测试损失 {test_dropout} 也不比不用丢弃法时"
              "（{test_plain}）低（真实曲线平均为 σ² = {floor}）。两个损失都偏高：丢弃这么多，网络欠拟合了。",
    },
    "do.compare.underfit_wide": {
        "en": "Dropout does not help here: the gap is not narrower ({gap_plain} → {gap_dropout}), its test loss "
              "{test_dropout} is not lower than without dropout ({test_plain}; the true curve's is σ² = {floor} on "
              "average), and its training loss {train_dropout} is above sin(x)'s own loss on these points "
              "({truth}): the network underfits.",
        "zh": "这里丢弃法没有帮助：差距没有缩小（{gap_plain} → {gap_dropout}），测试损失 {test_dropout} 不比不用丢弃法时"
              "（{test_plain}）低（真实曲线平均为 σ² = {floor}），训练损失 {train_dropout} 也高于 sin(x) 本身在这些点上"
              "的损失（{truth}）：网络欠拟合了。",
    },
    "do.compare.narrow_only": {
        "en": "Dropout narrows the gap ({gap_plain} → {gap_dropout}), but its test loss is not lower ({test_plain} → "
              "{test_dropout}): the gap closed because the training loss rose ({train_plain} → {train_dropout}), "
              "not because it predicts new points better.",
        "zh": "丢弃法缩小了差距（{gap_plain} → {gap_dropout}），但测试损失并没有更低（{test_plain} → {test_dropout}）："
              "差距变小是因为训练损失升高了（{train_plain} → {train_dropout}），而不是因为它对新样本预测得更好。",
    },
    "do.compare.test_only": {
        "en": "Dropout lowers the test loss ({test_plain} → {test_dropout}), though the gap is not narrower "
              "({gap_plain} → {gap_dropout}).",
        "zh": "丢弃法降低了测试损失（{test_plain} → {test_dropout}），不过差距没有缩小（{gap_plain} → {gap_dropout}）。",
    },
    "do.compare.no_help": {
        "en": "Here dropout neither narrows the gap ({gap_plain} → {gap_dropout}) nor lowers the test loss "
              "({test_plain} → {test_dropout}).",
        "zh": "这里丢弃法既没有缩小差距（{gap_plain} → {gap_dropout}），也没有降低测试损失（{test_plain} → {test_dropout}）。",
    },
    "do.robust_caption": {
        "en": "One data set is one draw. With 20 points and the notes' 0.2 / 0.5, dropout narrowed the gap on each "
              "of the ten data sets the tests and benchmark try (seeds 0–9) and lowered the test loss on eight of "
              "them: a tendency, not a guarantee. With more training points the gap without dropout shrinks.",
        "zh": "一个数据集只是一次抽样。在 20 个样本、笔记中的 0.2 / 0.5 下，测试和基准程序尝试的十个数据集"
              "（种子 0–9）上丢弃法都缩小了差距，其中八个的测试损失也更低：这是一种趋势，而不是保证。"
              "训练样本越多，不用丢弃法时的差距越小。",
    },
    "do.notice_mask": {
        "en": "A mask is a coin flip per unit: step through the masks and a different set of units goes grey each "
              "time, about {kept} of 256 kept at p = {p}.",
        "zh": "掩码就是对每个单元各抛一次硬币：逐个查看掩码，每次变灰的单元都不同；p = {p} 时 256 个中约保留 {kept} 个。",
    },
    "do.notice_scale": {
        "en": "Kept units are multiplied by 1/(1 − p) = {scale} (inverted dropout): over many masks each unit's mean returns to its "
              "undropped value, so the next layer sees the same input on average.",
        "zh": "保留的单元乘以 1/(1 − p) = {scale}（倒置丢弃法）：经过许多掩码后，每个单元的平均值回到未丢弃时的值，下一层平均而言看到的输入不变。",
    },
    "do.notice_scale_one": {
        "en": "At p = 1 no unit is kept, so no factor can bring the mean back: every unit's output, and its mean over "
              "any number of masks, is 0. Scaling by 1/(1 − p) keeps the mean only for p < 1.",
        "zh": "p = 1 时没有单元被保留，任何系数都无法恢复平均值：每个单元的输出及其在任意多个掩码上的平均值都是 0。"
              "只有当 p < 1 时，乘以 1/(1 − p) 才能保持平均值。",
    },
    "do.notice_modes": {
        "en": "Dropout acts only while training (inside autograd.record()); at prediction time nd.Dropout and "
              "nn.Dropout are the identity — no rescaling is needed then, because it was done during training.",
        "zh": "丢弃法只在训练时起作用（在 autograd.record() 之内）；预测时 nd.Dropout 和 nn.Dropout 是恒等映射——"
              "此时无需再缩放，因为训练时已经缩放过了。",
    },
    "do.notice_ends": {
        "en": "p = 0 changes nothing; p = 1 leaves nothing (MXNet would even return NaN). Useful values lie in between, "
              "such as the notes' 0.2 and 0.5 — the smaller one after the first hidden layer, as D2L advises: a "
              "smaller drop probability for the layers near the input.",
        "zh": "p = 0 什么也不改变；p = 1 什么也不剩（MXNet 甚至会返回 NaN）。有用的取值在两者之间，例如笔记中的 0.2 和 0.5"
              "——较小的那个用在第一个隐藏层之后，正如 D2L 的建议：靠近输入层的丢弃概率设得小一点。",
    },
    "do.notice_ensemble": {
        "en": "Each step's random mask may drop any unit, so no unit can count on a particular partner being there: "
              "that is how dropout fights co-adaptation and overfitting. The shared weights are what let one "
              "network stand in for the ensemble when predicting — approximately, as measured above.",
        "zh": "每一步的随机掩码都可能丢弃任何一个单元，因此没有哪个单元能指望某个搭档一定存在：丢弃法正是这样对抗协同适应和过拟合的。"
              "共享的权重则让预测时一个网络能代替整个集成——如上面测量的那样，只是近似。",
    },
    "do.maths_caption": {
        "en": "ξᵢ is the mask of unit i. The tests check the masks against NumPy, the pmf against math.comb, the mean "
              "against these formulas, and nd.Dropout / nn.Dropout in both modes.",
        "zh": "ξᵢ 是单元 i 的掩码。测试用 NumPy 核对掩码，用 math.comb 核对概率质量函数，用这些公式核对均值，"
              "并核对 nd.Dropout / nn.Dropout 在两种模式下的行为。",
    },
    "do.q": {
        "en": "A network trained with dropout p = 0.5 now predicts. What does its nn.Dropout layer do to X?",
        "zh": "一个用 p = 0.5 的丢弃法训练好的网络现在做预测。它的 nn.Dropout 层对 X 做什么？",
    },
    "do.q_a": {"en": "It zeroes about half of the elements", "zh": "把大约一半的元素置为 0"},
    "do.q_b": {"en": "It multiplies every element by 0.5", "zh": "把每个元素乘以 0.5"},
    "do.q_c": {"en": "It returns X unchanged", "zh": "原样返回 X"},
    "do.q_d": {"en": "It zeroes half and doubles the rest", "zh": "把一半置为 0，其余翻倍"},
    "do.q_why": {
        "en": "In prediction mode dropout is the identity. Because training already divided the kept units by "
              "1 − p, the expected activation during training equals the activation now: nothing needs rescaling. "
              "B, multiplying by 1 − p = 0.5, is what the original, non-inverted dropout does at test time: it "
              "does not scale while training, so it must scale when predicting.",
        "zh": "预测模式下丢弃层是恒等映射。由于训练时已把保留的单元除以 1 − p，训练时的期望激活值与现在的激活值相同：无需再缩放。"
              "B（乘以 1 − p = 0.5）是最初的、非倒置的丢弃法在测试时的做法：它训练时不缩放，所以预测时必须缩放。",
    },
}
