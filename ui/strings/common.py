"""The shell, the shared page blocks and the landing page: every visible string in English and Simplified Chinese."""

STRINGS = {
    "app.name": {"en": "First Look", "zh": "初见 · First Look"},
    "shell.language": {"en": "Language · 语言", "zh": "语言 · Language"},
    "shell.projector": {"en": "Projector mode", "zh": "投影模式"},
    "shell.projector_help": {
        "en": "Larger type, thicker lines and bigger charts for a lecture hall.",
        "zh": "为教室投影放大字号、加粗线条、放大图表。",
    },
    "shell.bad_link": {
        "en": "Some values in this link could not be used, so their controls show defaults: {values}",
        "zh": "链接中的部分参数无效，相应控件已恢复默认值：{values}",
    },
    "shell.link": {"en": "Link to this view", "zh": "本视图的链接"},
    "shell.copy": {"en": "Copy", "zh": "复制"},
    "shell.copied": {"en": "Copied.", "zh": "已复制。"},
    "shell.link_help": {
        "en": "Copy it and paste it into your slides: it opens this exact view, language and projector mode included.",
        "zh": "复制后粘贴到课件中：打开后即是当前这一视图，包括语言和投影模式。",
    },
    "block.notice": {"en": "What to notice", "zh": "留意这些"},
    "block.maths": {"en": "The maths", "zh": "数学表达"},
    "block.code": {"en": "The MXNet code", "zh": "MXNet 代码"},
    "block.code_help": {
        "en": "Runs as is with mxnet 1.9.1 and prints what this page shows.",
        "zh": "可直接在 mxnet 1.9.1 中运行，输出与本页显示一致。",
    },
    "block.check": {"en": "Check yourself", "zh": "自我检验"},
    "block.reveal": {"en": "Reveal", "zh": "揭晓答案"},
    "block.pick_first": {"en": "Pick an answer first, then reveal.", "zh": "先选一个答案，再揭晓。"},
    "block.right": {"en": "Right. {why}", "zh": "答对了。{why}"},
    "block.wrong": {"en": "Not quite: the answer is {answer}. {why}", "zh": "不对，答案是 {answer}。{why}"},
    "home.title": {"en": "First Look", "zh": "初见 · First Look"},
    "home.nav": {"en": "Start", "zh": "首页"},
    "home.idea": {
        "en": "A visual explainer for the basics of deep learning: move a control and the picture, "
              "the numbers and the MXNet code change at once.",
        "zh": "深度学习基础的可视化讲解：拖动控件，图像、数值和 MXNet 代码即刻随之改变。",
    },
    "home.for": {
        "en": "Made for a teacher projecting it in a lecture hall, for students on a laptop, and for readers of "
              "*Dive into Deep Learning* (MXNet edition, chapters 2–4). The deep-learning work on every page "
              "(broadcasting, autograd, losses, training, dropout) is done by MXNet, with the code shown beside it; "
              "NumPy only lays out what is drawn. Every number on screen is checked in the tests against an "
              "independent calculation.",
        "zh": "为在教室投影讲课的老师、用笔记本电脑学习的学生，以及《动手学深度学习》（MXNet 版第 2–4 章）的读者而作。"
              "每一页上的深度学习计算（广播、自动求梯度、损失、训练、丢弃法）都由 MXNet 完成，代码就在旁边；NumPy 只负责排布要画的内容。"
              "页面上的每个数都在测试中与独立计算的结果核对过。",
    },
    "home.topics": {"en": "Topics", "zh": "主题"},
    "home.open": {"en": "Open", "zh": "打开"},
    "home.how": {"en": "How each page works", "zh": "每一页的用法"},
    "home.how_text": {
        "en": "1. Move the controls: the chart answers at once.\n"
              "2. Read *What to notice*, then the maths and the MXNet code that produced the picture.\n"
              "3. Predict before you reveal: the check at the end says whether you were right, and why.\n"
              "4. Share the view: the sidebar's link reproduces exactly what you see.",
        "zh": "1. 调整控件：图表即刻响应。\n"
              "2. 阅读“留意这些”，再看数学表达和生成图像的 MXNet 代码。\n"
              "3. 先预测再揭晓：页末的检验告诉你对不对、为什么。\n"
              "4. 分享视图：侧边栏中的链接能原样重现你看到的画面。",
    },
    "home.classroom": {"en": "In the classroom", "zh": "课堂使用"},
    "home.classroom_text": {
        "en": "Switch on **projector mode** in the sidebar for large type and thick lines. Prepare links in advance: "
              "each one opens a page with its controls set. Nothing needs the internet once the app runs.",
        "zh": "在侧边栏打开**投影模式**，字号更大、线条更粗。可提前准备好链接：每个链接打开时控件已设置好。"
              "应用启动后无需联网。",
    },
}
