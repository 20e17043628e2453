<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../inspector/app.py" line="75"/>
        <source>A checklist shipped with Inspector is invalid; reinstall Inspector.</source>
        <translation>随软件提供的检查表无效，请重新安装 Inspector。</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="81"/>
        <source>Inspector is already open on this data folder:
{path}

Switch to the open window. To work on other data, start Inspector with --data-dir.</source>
        <translation>Inspector 已在使用此数据文件夹：
{path}

请切换到已打开的窗口。如需处理其他数据，请使用 --data-dir 启动 Inspector。</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="88"/>
        <source>Inspector cannot start</source>
        <translation>Inspector 无法启动</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="90"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>AreaNav</name>
    <message>
        <location filename="../../inspector/ui/workspace/area_nav.py" line="44"/>
        <source>  −%1</source>
        <translation>  −%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/area_nav.py" line="53"/>
        <source>%1 of %2 items checked</source>
        <translation>已检查 %1 / %2 项</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="35"/>
        <source>Add branch</source>
        <translation>添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="35"/>
        <source>Edit branch</source>
        <translation>编辑网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="46"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="47"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="48"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="49"/>
        <source>Head of branch</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="50"/>
        <source>Region</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="53"/>
        <source>e.g. 城东支行</source>
        <translation>例如：城东支行</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="54"/>
        <source>e.g. 0101</source>
        <translation>例如：0101</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="55"/>
        <source>Street and number</source>
        <translation>街道及门牌号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="56"/>
        <source>Who signs for the branch</source>
        <translation>代表网点签字的人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="57"/>
        <source>e.g. 城区</source>
        <translation>例如：城区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="69"/>
        <source>* required. The code must be unique, e.g. the bank&apos;s branch number.</source>
        <translation>* 为必填项。网点代码不可重复，例如银行的网点编号。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="74"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="76"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BranchesPanel</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="119"/>
        <source>Branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="127"/>
        <source>No branches yet. Add the branches you inspect, or load demo data.</source>
        <translation>尚无网点。请添加要检查的网点，或载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="133"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="136"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="149"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="101"/>
        <source>Everything in Inspector can be done from the keyboard. Press F1 or ? to see this list again.</source>
        <translation>Inspector 的所有操作都可以用键盘完成。按 F1 或 ? 可再次查看此列表。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="117"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="117"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="147"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="33"/>
        <source>Record a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="48"/>
        <source>What the customer complained about</source>
        <translation>客户投诉内容</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="53"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="54"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="55"/>
        <source>Points deducted</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="56"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="57"/>
        <source>The points are subtracted from the branch&apos;s quarterly score of the quarter the complaint was received in.</source>
        <translation>扣分计入收到投诉当季的网点季度得分。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="70"/>
        <source>Add a branch first: a complaint belongs to a branch.</source>
        <translation>请先添加网点：每条投诉都属于一个网点。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../inspector/ui/errors.py" line="27"/>
        <source>The database file
{path}
is damaged or is not an Inspector database.

Restore it from a backup, or start Inspector with another data folder (--data-dir). The file was left exactly as it was.</source>
        <translation>数据库文件
{path}
已损坏，或不是 Inspector 数据库。

请从备份恢复，或用其他数据文件夹（--data-dir）启动 Inspector。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="30"/>
        <source>The database file
{path}
cannot be written (it is read-only).

Make the file and its folder writable, or copy them to a writable folder, then start again. The file was not changed.</source>
        <translation>数据库文件
{path}
无法写入（只读）。

请将该文件及其所在文件夹设为可写，或复制到可写的文件夹后重新启动。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="33"/>
        <source>The database file
{path}
was written by a newer version of Inspector.

Install the newer version to open it. The file was not changed.</source>
        <translation>数据库文件
{path}
由更新版本的 Inspector 写入。

请安装新版本后再打开。该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="35"/>
        <source>Another program is writing to
{path}

Wait a moment and try again.</source>
        <translation>另一个程序正在写入
{path}

请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="36"/>
        <source>The disk holding
{path}
is full. Nothing of this change was saved.

Free some space and try again.</source>
        <translation>存放
{path}
的磁盘已满，本次修改未保存。

请释放空间后重试。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="38"/>
        <source>This inspection is signed and can no longer change.

Start a correction to record changes.</source>
        <translation>此检查已签字，不能再修改。

如需更正，请新建更正记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="40"/>
        <source>This entry already exists.

Choose another code or edit the existing entry.</source>
        <translation>该条目已存在。

请换一个代码，或编辑已有条目。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="41"/>
        <source>The record you asked for no longer exists in
{path}

Refresh the list and try again.</source>
        <translation>所请求的记录已不在
{path}
中。

请刷新列表后重试。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="42"/>
        <source>The change was refused because some of the data is not valid.</source>
        <translation>部分数据无效，修改未被接受。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="44"/>
        <source>The database
{path}
reported an error.</source>
        <translation>数据库
{path}
报告了一个错误。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="51"/>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <location filename="../../inspector/ui/errors.py" line="55"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <source>A file could not be read or written:
{path}</source>
        <translation>无法读取或写入文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="55"/>
        <source>Something went wrong. Your data up to the last change is saved.</source>
        <translation>出现了问题。截至上一次修改的数据均已保存。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="72"/>
        <location filename="../../inspector/ui/errors.py" line="82"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="43"/>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="59"/>
        <source>Finish inspection</source>
        <translation>完成检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="48"/>
        <source>Score %1, grade %2. %3 unchecked, %4 failures without a note or photo.</source>
        <translation>得分 %1，等级 %2。%3 项未检查，%4 项不合格缺少备注或照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="60"/>
        <source>Keep checking</source>
        <translation>继续检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="65"/>
        <source>Unchecked items (%1)</source>
        <translation>未检查项目（%1）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="68"/>
        <source>Failures without a note or photo (%1)</source>
        <translation>缺少备注或照片的不合格项（%1）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="84"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="98"/>
        <source>Could not finish</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="138"/>
        <source>Inspection {id}
Inspectors: {names}</source>
        <translation>检查 {id}
检查人员：{names}</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="186"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="229"/>
        <source>Search branch, code, inspector…</source>
        <translation>搜索网点、代码、检查人员…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="235"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="235"/>
        <source>From … to …</source>
        <translation>自定义起止日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="243"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="244"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="245"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="246"/>
        <location filename="../../inspector/ui/inspections_view.py" line="299"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="285"/>
        <source>New inspection (Ctrl+N)</source>
        <translation>新建检查 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="288"/>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="292"/>
        <source>No inspections yet</source>
        <translation>还没有检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="293"/>
        <source>Press Ctrl+N to start one, or load demo data to look around first.
Add your branches on the left; every change is saved at once.</source>
        <translation>按 Ctrl+N 开始一次检查，或先载入演示数据看看。
在左侧添加网点；所有修改都会立即保存。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="303"/>
        <source>No inspections match these filters</source>
        <translation>没有符合筛选条件的检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="304"/>
        <source>Change the filters or the search text, or clear them to see every inspection.</source>
        <translation>请修改筛选条件或搜索内容，或清除筛选以查看全部检查记录。</translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="69"/>
        <source>Pass  [P]</source>
        <translation>合格  [P]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="70"/>
        <source>Fail  [F]</source>
        <translation>不合格  [F]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="71"/>
        <source>N/A  [N]</source>
        <translation>不适用  [N]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="72"/>
        <source>Clear  [U]</source>
        <translation>清除  [U]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="102"/>
        <source>badge no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="109"/>
        <source>Repeat finding (charged ×%1)</source>
        <translation>重复发现（按 ×%1 扣分）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="119"/>
        <source>Occurrences [+/−]</source>
        <translation>次数 [+/−]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="121"/>
        <source>Staff [S]</source>
        <translation>员工 [S]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="128"/>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="198"/>
        <source>Note: what you saw (E or Enter to write, Esc to leave)</source>
        <translation>备注：所见情况（按 E 或回车输入，Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="162"/>
        <source>Note [E]</source>
        <translation>备注 [E]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="164"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="180"/>
        <source>  ★ critical: a failure fails the inspection</source>
        <translation>  ★ 关键项：不合格则本次检查不通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="183"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="202"/>
        <source>−%1 per occurrence</source>
        <translation>每次扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="204"/>
        <source>−%1 per person and occurrence</source>
        <translation>每人每次扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="206"/>
        <source>+%1 for the person in charge</source>
        <translation>负责人另扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="208"/>
        <source>at most −%1</source>
        <translation>最多扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="236"/>
        <source>%1 waits timed, %2 over %3 min. Start a stopwatch with W (queue tools, right).</source>
        <translation>已计时 %1 次等候，其中 %2 次超过 %3 分钟。按 W 开始计时（右侧排队工具）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="241"/>
        <source>%1 counts recorded (limit %2 waiting per open window).</source>
        <translation>已记录 %1 次计数（每个开放窗口最多 %2 人等候）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="246"/>
        <source>Last: %1 waiting, %2 windows open.</source>
        <translation>最近一次：%1 人等候，%2 个窗口开放。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="31"/>
        <source>On-site</source>
        <translation>明查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="32"/>
        <source>Mystery shopper</source>
        <translation>暗访</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="33"/>
        <source>Remote review</source>
        <translation>非现场</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="34"/>
        <source>Self-check</source>
        <translation>自查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="37"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="38"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="39"/>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="122"/>
        <location filename="../../inspector/ui/main_window.py" line="405"/>
        <source>Inspector: branch service inspections</source>
        <translation>Inspector：网点文明优质服务检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="161"/>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="180"/>
        <source>&amp;New inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="181"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="185"/>
        <source>&amp;Search inspections</source>
        <translation>搜索检查记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="186"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="187"/>
        <source>Add &amp;branch…</source>
        <translation>添加网点(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="189"/>
        <source>&amp;About Inspector</source>
        <translation>关于 Inspector(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="190"/>
        <source>&amp;Close inspection</source>
        <translation>关闭检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="213"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="236"/>
        <source>{count} inspections shown</source>
        <translation>显示 {count} 条检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="246"/>
        <source>Add a branch first</source>
        <translation>请先添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="247"/>
        <source>An inspection belongs to a branch. Add the branch you are visiting now.</source>
        <translation>每次检查都属于一个网点。请先添加您正在检查的网点。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="267"/>
        <location filename="../../inspector/ui/main_window.py" line="277"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="267"/>
        <source>Demo data is not part of this build.</source>
        <translation>此版本不包含演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="276"/>
        <source>Loading demo data: branches, inspections and photos…</source>
        <translation>正在载入演示数据：网点、检查记录和照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="292"/>
        <source>The demo data could not be loaded.</source>
        <translation>无法载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="298"/>
        <source>Demo data loaded: {count} inspections</source>
        <translation>已载入演示数据：{count} 条检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="323"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="328"/>
        <source>About Inspector</source>
        <translation>关于 Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="329"/>
        <source>Inspector: service-quality inspections of bank branches, offline.

Data folder: {path}</source>
        <translation>Inspector：银行网点服务质量检查（离线使用）。

数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="354"/>
        <source>{branch} - Inspector</source>
        <translation>{branch} - Inspector</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="40"/>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="56"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="62"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="66"/>
        <source>Names separated by commas, e.g. 张伟、赵敏</source>
        <translation>多个姓名用顿号或逗号分隔，例如：张伟、赵敏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="69"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="74"/>
        <source>{title} (version {version})</source>
        <translation>{title}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="76"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>The start time is recorded when you press Start.</source>
        <translation>按“开始”时记录开始时间。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="80"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="88"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="90"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="100"/>
        <source>Add a branch first: there is nothing to inspect yet.</source>
        <translation>请先添加网点：目前还没有可检查的对象。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="102"/>
        <source>No checklist is installed. Reinstall Inspector or load a template.</source>
        <translation>未安装检查表。请重新安装 Inspector 或载入检查表模板。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="104"/>
        <source>Enter at least one inspector&apos;s name.</source>
        <translation>请至少填写一名检查人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="109"/>
        <source>Every answer is saved at once; you can close the app at any time.</source>
        <translation>每个答案都会立即保存，可随时关闭程序。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="38"/>
        <source>No photos for this item yet.</source>
        <translation>此项目还没有照片。</translation>
    </message>
</context>
<context>
    <name>QueueTools</name>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="62"/>
        <source>Start stopwatch  [W]</source>
        <translation>开始计时  [W]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="74"/>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="91"/>
        <source>Record count</source>
        <translation>记录计数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="95"/>
        <source>Queue count</source>
        <translation>排队计数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="99"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="101"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="114"/>
        <source>Readings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="128"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="170"/>
        <source>Waiting time %1</source>
        <translation>等候时间 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="190"/>
        <source>Queue count %1 / %2</source>
        <translation>排队计数 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="210"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="231"/>
        <source>%1  wait %2  %3</source>
        <translation>%1  等候 %2  %3</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="238"/>
        <source>%1  %2 waiting, %3 windows</source>
        <translation>%1  %2 人等候，%3 个窗口</translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="36"/>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="36"/>
        <source>Lost</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="72"/>
        <source>Grade %1 %2</source>
        <translation>等级 %1 %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="81"/>
        <source>%1 of %2 checked · −%3 points</source>
        <translation>已检查 %1 / %2 · 扣 %3 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="90"/>
        <source>Critical item failed:</source>
        <translation>关键项不合格：</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="60"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="61"/>
        <source>Applied at once; open dialogs keep their language until closed.</source>
        <translation>立即生效；已打开的对话框在关闭前保持原语言。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="68"/>
        <source>e.g. 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="70"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="71"/>
        <source>Recorded as the author of every change in the audit log, and proposed as inspector for new inspections.</source>
        <translation>作为审计日志中每项修改的操作人记录，并在新建检查时默认作为检查人员。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="79"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="76"/>
        <source>General</source>
        <translation>常用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="77"/>
        <source>Inspections list</source>
        <translation>检查记录列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="78"/>
        <source>Start a new inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="79"/>
        <source>Settings (language, your name)</source>
        <translation>设置（语言、姓名）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="80"/>
        <source>Show this list of shortcuts</source>
        <translation>显示此快捷键列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="81"/>
        <source>Quit Inspector</source>
        <translation>退出 Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="82"/>
        <source>Search inspections</source>
        <translation>搜索检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="83"/>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="84"/>
        <source>Open the selected inspection</source>
        <translation>打开所选检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="85"/>
        <source>Add a branch</source>
        <translation>添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="86"/>
        <source>Close the inspection, back to the list</source>
        <translation>关闭检查，返回列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="87"/>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
</context>
<context>
    <name>WorkspacePlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="67"/>
        <source>The checklist for inspection {id} cannot be shown: the workspace is not part of this build.</source>
        <translation>无法显示检查 {id} 的检查表：此版本不包含检查工作区。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="73"/>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="86"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="160"/>
        <source>Occurrences %1</source>
        <translation>次数 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="89"/>
        <source>Staff %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="91"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="163"/>
        <source>Repeat finding</source>
        <translation>重复发现</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="243"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="131"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="132"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="133"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="134"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="247"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="278"/>
        <source>This inspection is signed and can no longer change. To correct it, start a correction from the inspection list.</source>
        <translation>此检查已签字，不能再修改。如需更正，请在检查记录列表中新建更正记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="284"/>
        <source>This inspection is finished. Changes are still saved until it is signed.</source>
        <translation>此检查已完成。在签字之前，修改仍会被保存。</translation>
    </message>
</context>
</TS>
