<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotateDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="245"/>
        <source>Mark up the photo</source>
        <translation>在照片上标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Circle</source>
        <translation>圆圈</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="265"/>
        <source>Undo last mark</source>
        <translation>撤销上一个标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="267"/>
        <source>Remove all marks</source>
        <translation>清除全部标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="275"/>
        <source>Drag to draw an arrow (from tail to tip) or a circle (from centre outwards); click to place text. The photo itself is never changed.</source>
        <translation>拖动鼠标画箭头（从箭尾拖到箭头）或圆圈（从圆心向外拖）；单击可放置文字。原照片始终不会被修改。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="283"/>
        <source>Save marks</source>
        <translation>保存标注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="284"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="315"/>
        <source>The marks could not be saved.</source>
        <translation>无法保存标注。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../inspector/app.py" line="75"/>
        <source>A checklist shipped with Inspector is invalid; reinstall Inspector.</source>
        <translation>随软件提供的检查表无效，请重新安装 Inspector。</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="83"/>
        <source>Inspector is already open on this data folder:
{path}

Switch to the open window. To work on other data, start Inspector with --data-dir.</source>
        <translation>Inspector 已在使用此数据文件夹：
{path}

请切换到已打开的窗口。如需处理其他数据，请使用 --data-dir 启动 Inspector。</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="93"/>
        <source>Inspector cannot start</source>
        <translation>Inspector 无法启动</translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="97"/>
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
        <location filename="../../inspector/ui/branches.py" line="34"/>
        <source>Add branch</source>
        <translation>添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="34"/>
        <source>Edit branch</source>
        <translation>编辑网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="39"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="40"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="41"/>
        <source>Head of branch</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="42"/>
        <source>Region</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="45"/>
        <source>e.g. 城东支行</source>
        <translation>例如：城东支行</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="46"/>
        <source>e.g. 0101</source>
        <translation>例如：0101</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="47"/>
        <source>Street and number</source>
        <translation>街道及门牌号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="48"/>
        <source>Who signs for the branch</source>
        <translation>代表网点签字的人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="49"/>
        <source>e.g. 城区</source>
        <translation>例如：城区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="61"/>
        <source>* required. The code must be unique, e.g. the bank&apos;s branch number.</source>
        <translation>* 为必填项。网点代码不可重复，例如银行的网点编号。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="65"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BranchesPanel</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="106"/>
        <source>Branches</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="114"/>
        <source>No branches yet. Add the branches you inspect, or load demo data.</source>
        <translation>尚无网点。请添加要检查的网点，或载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="120"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="123"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="136"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
</context>
<context>
    <name>BulkAttachDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="57"/>
        <source>Attach photos taken with a phone</source>
        <translation>附加手机拍摄的照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="76"/>
        <source>Copy the photos from the phone to this computer, then choose them here. Each photo is attached to the item you were answering when it was taken (within 10 minutes); you can correct every match afterwards. Photos that match no item stay with the inspection.</source>
        <translation>先把照片从手机复制到这台电脑，再在这里选择。每张照片会附到拍摄时（10 分钟内）您正在填写的检查项上；之后可以逐一更正匹配结果。没有匹配到检查项的照片保留在本次检查中。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="83"/>
        <source>Choose photos…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="85"/>
        <source>Choose a folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="87"/>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="104"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="124"/>
        <source>These files could not be imported:</source>
        <translation>以下文件无法导入：</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="125"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="138"/>
        <source>Photos taken with a phone</source>
        <translation>手机拍摄的照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="143"/>
        <source>Folder with the phone&apos;s photos</source>
        <translation>存放手机照片的文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="151"/>
        <source>Importing %1 photos…</source>
        <translation>正在导入 %1 张照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="172"/>
        <source>Cancelling after the current photo…</source>
        <translation>处理完当前照片后取消…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="176"/>
        <source>The photos could not be attached.</source>
        <translation>无法附加照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="182"/>
        <source>%1 photos matched to an item, %2 kept with the inspection (no item answered then).</source>
        <translation>%1 张照片已匹配到检查项，%2 张保留在本次检查中（拍摄时未在填写任何检查项）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="185"/>
        <source>%1 were already attached.</source>
        <translation>%1 张此前已附加。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="187"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>已取消：其余文件未导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="188"/>
        <source>Check each match; choose another item where it is wrong. Changes are saved at once.</source>
        <translation>请逐一核对匹配结果，匹配错误的请改选其他检查项。修改会立即保存。</translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="51"/>
        <source>Write sync bundles</source>
        <translation>生成同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="59"/>
        <source>Folder for the bundles</source>
        <translation>存放同步包的文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="72"/>
        <source>Outbox folder</source>
        <translation>发件文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="73"/>
        <source>Sign reports with</source>
        <translation>报告签名密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="74"/>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="75"/>
        <source>Report language</source>
        <translation>报告语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="82"/>
        <source>None: every signed inspection already has a bundle.</source>
        <translation>无：每个已签字的检查都已生成同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="96"/>
        <source>Write bundles</source>
        <translation>生成同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="99"/>
        <source>Open outbox</source>
        <translation>打开发件文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="133"/>
        <source>Not needed for the demo key</source>
        <translation>演示密钥无需口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="133"/>
        <source>The passphrase of this key</source>
        <translation>此密钥的口令</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="146"/>
        <source>Signed inspections without a bundle: %n</source>
        <translation>
            <numerusform>尚未生成同步包的已签字检查：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="157"/>
        <source>There is no signing key in %1, so the reports cannot be signed. Create or import one in File → Signing keys….</source>
        <translation>%1 中没有签名密钥，无法对报告进行数字签名。请在“文件 → 签名密钥…”中创建或导入密钥。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="163"/>
        <source>Nothing to do: every signed inspection already has a bundle.</source>
        <translation>无需操作：每个已签字的检查都已生成同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="168"/>
        <source>Each inspection becomes one file: the signed PDF report, the data and the original photos. Take the files to head office.</source>
        <translation>每个检查生成一个文件，内含已签名的 PDF 报告、检查数据和原始照片。请将这些文件交至总行。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="204"/>
        <source>Signing the reports and writing the bundles…</source>
        <translation>正在签署报告并生成同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="211"/>
        <source>Cancelling after the current inspection…</source>
        <translation>处理完当前检查后取消…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="214"/>
        <source>%1 of %2 inspections</source>
        <translation>%1 / %2 个检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="227"/>
        <source>✓ Written  %1</source>
        <translation>✓ 已生成  %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="229"/>
        <source>✗ Failed  %1: %2</source>
        <translation>✗ 失败  %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="231"/>
        <source>%n bundle(s) written to %1.</source>
        <translation>
            <numerusform>已生成 %n 个同步包，保存在 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="234"/>
        <source>%n inspection(s) could not be bundled; see the reasons below.</source>
        <translation>
            <numerusform>%n 个检查无法生成同步包，原因见下方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="237"/>
        <source>Cancelled: the rest stay in the list for next time.</source>
        <translation>已取消：其余检查保留在列表中，下次再处理。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="246"/>
        <source>The bundles could not be written: %1</source>
        <translation>无法生成同步包：%1</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="48"/>
        <source>Import sync bundles</source>
        <translation>导入同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="59"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="61"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="63"/>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="72"/>
        <source>Folder of trusted certificates</source>
        <translation>信任证书文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="74"/>
        <source>Copy each laptop&apos;s certificate (.pem) here; only reports signed by these keys are imported.</source>
        <translation>请将每台笔记本电脑的证书（.pem）复制到此处；只导入由这些密钥签名的报告。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="78"/>
        <source>Trusted certificates</source>
        <translation>信任证书</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="94"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="97"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="126"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="127"/>
        <source>Already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="128"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="170"/>
        <source>Choose sync bundles</source>
        <translation>选择同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="172"/>
        <source>Sync bundles (*%1);;All files (*)</source>
        <translation>同步包 (*%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="179"/>
        <source>Choose a folder of sync bundles</source>
        <translation>选择存放同步包的文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="185"/>
        <source>No new sync bundles (*%1) in %2.</source>
        <translation>%2 中没有新的同步包（*%1）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="190"/>
        <source>Bundles to import: %n</source>
        <translation>
            <numerusform>待导入的同步包：%n 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="198"/>
        <source>Add the bundle files (%1) brought from the laptops, or a folder holding them.</source>
        <translation>请添加从各笔记本电脑带回的同步包文件（%1），或存放这些文件的文件夹。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="207"/>
        <source>The trust folder %1 is missing or empty, so every bundle will be refused. Copy each laptop&apos;s certificate (.pem from its keys folder) into it first.</source>
        <translation>信任证书文件夹 %1 不存在或为空，所有同步包都将被拒绝。请先将每台笔记本电脑的证书（其密钥文件夹中的 .pem 文件）复制到该文件夹。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="215"/>
        <source>Each bundle is checked (signature, hashes, data) and imported whole or not at all.</source>
        <translation>每个同步包都会经过校验（签名、哈希值、数据），要么完整导入，要么完全不导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="242"/>
        <source>Checking and importing the bundles…</source>
        <translation>正在校验并导入同步包…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="249"/>
        <source>Cancelling after the current bundle…</source>
        <translation>处理完当前同步包后取消…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="252"/>
        <source>%1 of %2 bundles</source>
        <translation>%1 / %2 个同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="276"/>
        <source>Cancelled. The bundles imported so far stay imported; run the import again for the rest.</source>
        <translation>已取消。已导入的同步包保持不变；其余的请再次运行导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="283"/>
        <source>%n bundle(s) refused; nothing of those was imported. The reason for each is listed below.</source>
        <translation>
            <numerusform>%n 个同步包被拒绝，其中的内容均未导入。各自的原因列在下方。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="290"/>
        <source>Done: every bundle is imported or was already present.</source>
        <translation>完成：所有同步包均已导入或此前已存在。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="293"/>
        <source>%n rectification(s) closed on a laptop since its first bundle are now closed here too.</source>
        <translation>
            <numerusform>有 %n 项整改在检查员电脑上首次同步后已关闭，现已在此同步关闭。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="302"/>
        <source>The import stopped: %1</source>
        <translation>导入已中止：%1</translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="32"/>
        <source>No camera found on this computer (camera support could not be loaded).</source>
        <translation>这台电脑上没有找到摄像头（无法加载摄像头支持）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="36"/>
        <source>No camera found on this computer.</source>
        <translation>这台电脑上没有找到摄像头。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="37"/>
        <source>Take a photo with this computer&apos;s camera.</source>
        <translation>用这台电脑的摄像头拍照。</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="57"/>
        <source>Take a photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="71"/>
        <source>Point the camera at the finding, then press Capture.</source>
        <translation>将摄像头对准发现的问题，然后按“拍摄”。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="72"/>
        <source>Capture</source>
        <translation>拍摄</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="95"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="105"/>
        <source>The photo could not be taken: %1</source>
        <translation>无法拍照：%1</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="105"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="111"/>
        <source>Everything in Inspector can be done from the keyboard. Press F1 or ? to see this list again.</source>
        <translation>Inspector 的所有操作都可以用键盘完成。按 F1 或 ? 可再次查看此列表。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="128"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="128"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="156"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="115"/>
        <source>Close rectification</source>
        <translation>整改销号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="117"/>
        <source>What was done, by whom, and when</source>
        <translation>整改内容、整改人和完成时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="118"/>
        <source>No photo attached</source>
        <translation>未附照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="120"/>
        <source>Attach photo…</source>
        <translation>附加照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="126"/>
        <source>Close item</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="139"/>
        <source>Photo of the fixed item</source>
        <translation>整改后的照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="139"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic *.heif)</translation>
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
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="55"/>
        <source>Create a signing key</source>
        <translation>创建签名密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="62"/>
        <source>e.g. the bank and department</source>
        <translation>例如：银行及部门名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="71"/>
        <source>The key signs the reports you export. Its passphrase is asked for at every export; it cannot be recovered if forgotten.</source>
        <translation>此密钥用于对您导出的报告进行数字签名。每次导出时都需输入口令；口令遗忘后无法找回。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="79"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="81"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="82"/>
        <source>Passphrase again</source>
        <translation>再次输入口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="84"/>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="99"/>
        <source>Enter your name: it is shown as the signer of your reports.</source>
        <translation>请输入您的姓名：它将作为报告的签名人显示。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="101"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation>请设置至少 %1 个字符的口令。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="103"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation>两次输入的口令不一致，请输入相同的口令。</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="159"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="162"/>
        <source>Include drafts</source>
        <translation>包含草稿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="163"/>
        <source>Drafts may be half answered; by default only finished and signed inspections count.</source>
        <translation>草稿可能尚未填完；默认只统计已完成和已签字的检查。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="165"/>
        <source>Record complaint…</source>
        <translation>登记投诉…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="168"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="168"/>
        <source>Region</source>
        <translation>片区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="169"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Item failed again</source>
        <translation>再次不合格的检查项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Charged double</source>
        <translation>已加倍扣分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="198"/>
        <source>No repeat findings: no branch failed the same item in its two latest inspections.</source>
        <translation>没有重复问题：没有网点在最近两次检查中同一检查项都不合格。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="212"/>
        <source>Ranking by quarterly score</source>
        <translation>季度得分排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="214"/>
        <source>Repeat findings (failed in consecutive inspections)</source>
        <translation>重复问题（连续两次检查不合格）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="269"/>
        <source>%1 Q%2</source>
        <translation>%1 年第 %2 季度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="271"/>
        <source>Year %1</source>
        <translation>%1 年全年</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="273"/>
        <source>All regions</source>
        <translation>全部片区</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="313"/>
        <source>No inspections yet</source>
        <translation>还没有检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="315"/>
        <source>Inspections arrive here in two ways: import the sync bundles the inspectors send (File ▸ Import bundle), or carry out inspections on this computer. The ranking, trends and weakest areas appear as soon as the first finished inspection is here.</source>
        <translation>检查记录有两种来源：导入检查人员发来的同步包（文件 ▸ 导入同步包），或直接在这台电脑上进行检查。第一个已完成的检查到达后，这里就会显示排名、趋势和最薄弱的类别。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="319"/>
        <source>Nothing in this period</source>
        <translation>本期间没有数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="321"/>
        <source>No finished or signed inspection matches the period, region and type chosen. Choose another period above, or tick &quot;Include drafts&quot;.</source>
        <translation>没有符合所选期间、片区和类型的已完成或已签字检查。请在上方选择其他期间，或勾选“包含草稿”。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="330"/>
        <source>%1 inspections counted · target %2 · %3 of %4 branches below target · quarterly score = mystery shopper × 40 % + remote review × 40 % + on-site × 20 % − complaints; self-checks do not count</source>
        <translation>统计检查 %1 次 · 目标 %2 分 · %4 个网点中 %3 个低于目标 · 季度得分 = 暗访 × 40% + 非现场 × 40% + 明查 × 20% − 投诉扣分；自查不计入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="370"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="370"/>
        <source>no — not flagged</source>
        <translation>否——未标记</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="379"/>
        <source>Quarterly score per branch</source>
        <translation>各网点季度得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="380"/>
        <source>Mean score per quarter: %1</source>
        <translation>各季度平均得分：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="404"/>
        <source>Stage target</source>
        <translation>阶段目标</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="420"/>
        <source>Weakest areas: points lost per inspection, averaged over branches</source>
        <translation>最薄弱的类别：每次检查的扣分（各网点平均）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="424"/>
        <source>Points lost</source>
        <translation>扣分</translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="44"/>
        <source>Export data for analysts</source>
        <translation>导出数据供分析</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="50"/>
        <source>Excel workbook (.xlsx): sheets &apos;inspections&apos; and &apos;findings&apos;</source>
        <translation>Excel 工作簿（.xlsx）：含“inspections”和“findings”两张工作表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="51"/>
        <source>CSV files (UTF-8): inspections.csv and findings.csv in a folder</source>
        <translation>CSV 文件（UTF-8）：在一个文件夹中生成 inspections.csv 和 findings.csv</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="59"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="66"/>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="75"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="78"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="80"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="101"/>
        <source>Every inspection and finding in this database, one row each, for Excel or statistics software.</source>
        <translation>本数据库中的全部检查和发现的问题，每条一行，可用 Excel 或统计软件打开。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="114"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="117"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="127"/>
        <source>Save the workbook</source>
        <translation>保存工作簿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="127"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="130"/>
        <source>Folder for the CSV files</source>
        <translation>存放 CSV 文件的文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="141"/>
        <source>Choose where to save the export first.</source>
        <translation>请先选择导出的保存位置。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="147"/>
        <source>%1 is a folder; give a file name such as %2.</source>
        <translation>%1 是一个文件夹；请填写文件名，例如 %2。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="158"/>
        <source>%1 is a file; for CSV choose a folder (two files are written into it).</source>
        <translation>%1 是一个文件；导出 CSV 时请选择文件夹（将在其中写入两个文件）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="178"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="195"/>
        <source>Saved %1: %2 inspections and %3 findings.</source>
        <translation>已保存 %1：%2 条检查、%3 条问题。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="204"/>
        <source>Saved %1 and %2.</source>
        <translation>已保存 %1 和 %2。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="215"/>
        <source>Nothing was saved: cannot write %1 (%2). Choose another place.</source>
        <translation>未保存任何内容：无法写入 %1（%2）。请选择其他位置。</translation>
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
        <location filename="../../inspector/ui/errors.py" line="33"/>
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
        <location filename="../../inspector/ui/errors.py" line="39"/>
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
        <location filename="../../inspector/ui/errors.py" line="44"/>
        <source>Another program is writing to
{path}

Wait a moment and try again.</source>
        <translation>另一个程序正在写入
{path}

请稍候再试。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="47"/>
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
        <location filename="../../inspector/ui/errors.py" line="51"/>
        <source>This inspection is signed and can no longer change.

Start a correction to record changes.</source>
        <translation>此检查已签字，不能再修改。

如需更正，请新建更正记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <source>This entry already exists.

Choose another code or edit the existing entry.</source>
        <translation>该条目已存在。

请换一个代码，或编辑已有条目。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="57"/>
        <source>The record you asked for no longer exists in
{path}

Refresh the list and try again.</source>
        <translation>所请求的记录已不在
{path}
中。

请刷新列表后重试。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="60"/>
        <source>The change was refused because some of the data is not valid.</source>
        <translation>部分数据无效，修改未被接受。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="64"/>
        <source>The database
{path}
reported an error.</source>
        <translation>数据库
{path}
报告了一个错误。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="71"/>
        <location filename="../../inspector/ui/errors.py" line="75"/>
        <location filename="../../inspector/ui/errors.py" line="82"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="76"/>
        <source>A file could not be read or written:
{path}</source>
        <translation>无法读取或写入文件：
{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="83"/>
        <source>Something went wrong. Your data up to the last change is saved.</source>
        <translation>出现了问题。截至上一次修改的数据均已保存。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="102"/>
        <location filename="../../inspector/ui/errors.py" line="114"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="83"/>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="121"/>
        <source>Captions on photos</source>
        <translation>在照片上标注说明</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="122"/>
        <source>Write the capture time onto each photo as well as under it</source>
        <translation>除照片下方外，也将拍摄时间写在每张照片上</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="134"/>
        <source>Key passphrase</source>
        <translation>密钥口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="137"/>
        <source>The signed report as received</source>
        <translation>收到的已签名报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="140"/>
        <source>The report exactly as the branch signed it, from the bundle it came in; untick to build a new one</source>
        <translation>与网点签名时完全一致的报告，取自其同步包；取消勾选则重新生成报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="145"/>
        <source>Build preview</source>
        <translation>生成预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="149"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="155"/>
        <source>Sign with</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="176"/>
        <source>This inspection is not signed yet: the report is a draft without a digital signature.</source>
        <translation>此检查尚未签字：报告为草稿，不带数字签名。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="183"/>
        <source>No signing key in %1: the report will not be digitally signed. Create or import one in File → Signing keys….</source>
        <translation>%1 中没有签名密钥：报告将不带数字签名。请在“文件 → 签名密钥…”中创建或导入密钥。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="191"/>
        <source>Enter the passphrase of your key and build the preview. The saved report is digitally signed.</source>
        <translation>请输入密钥口令并生成预览。保存的报告将带有数字签名。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="213"/>
        <source>Build a new report from the data: choose its language, then Build preview.</source>
        <translation>根据数据重新生成报告：选择语言，然后点击“生成预览”。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="218"/>
        <source>This is the report exactly as %1 signed it, received on %2. Save a copy to pass it on.</source>
        <translation>这是 %1 签名时的原始报告，于 %2 收到。可保存副本转发。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="232"/>
        <source>◀ Previous</source>
        <translation>◀ 上一页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="233"/>
        <source>Next ▶</source>
        <translation>下一页 ▶</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="239"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="241"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="242"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="243"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="272"/>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="275"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="308"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="316"/>
        <source>The signed report received cannot be shown: %1</source>
        <translation>无法显示收到的已签名报告：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="324"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="329"/>
        <source>%1 of %2 steps</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="342"/>
        <source>Digitally signed by %1. Check the pages, then save.</source>
        <translation>已由 %1 数字签名。请检查各页后保存。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="347"/>
        <source>Not digitally signed: %1. You can still save it, or enter the passphrase and build again.</source>
        <translation>未数字签名：%1。您仍可保存，或输入口令后重新生成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="354"/>
        <source>Draft report ready (%n page(s)). It is not digitally signed until the inspection is signed.</source>
        <translation>
            <numerusform>草稿报告已生成（共 %n 页）。检查签字后报告才会带有数字签名。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="366"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation>已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="370"/>
        <source>The report could not be built: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="415"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="417"/>
        <source>No preview yet</source>
        <translation>尚无预览</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="427"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="429"/>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="443"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="449"/>
        <source>The report was saved, but the export was not recorded.</source>
        <translation>报告已保存，但本次导出未能记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="450"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="60"/>
        <source>Export history</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="66"/>
        <source>%1 %2 · inspection of %3 · %4</source>
        <translation>%1 %2 · %3 的检查 · %4</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="101"/>
        <source>Not exported yet: no report or sync bundle of this inspection has been written on this computer.</source>
        <translation>尚未导出：这台电脑上还没有生成过此检查的报告或同步包。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="109"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FailureCard</name>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="105"/>
        <source>Critical</source>
        <translation>关键项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="108"/>
        <source>−%1 points</source>
        <translation>扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="114"/>
        <source>%1 occurrences</source>
        <translation>%1 次</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="116"/>
        <source>repeat finding</source>
        <translation>重复问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="118"/>
        <source>Staff: %1</source>
        <translation>员工：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="121"/>
        <source>No note</source>
        <translation>无备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="139"/>
        <source>+%1 more</source>
        <translation>另有 %1 张</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="149"/>
        <source>Who fixes it</source>
        <translation>由谁整改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="157"/>
        <source>Agree</source>
        <translation>确认</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="160"/>
        <source>Rectification owner</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="162"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="191"/>
        <source>✓ Agreed and saved</source>
        <translation>✓ 已确认并保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="191"/>
        <source>Not agreed yet</source>
        <translation>尚未确认</translation>
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
    <name>HeadOfficePages</name>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="20"/>
        <source>← Inspections (Esc)</source>
        <translation>← 检查记录 (Esc)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="57"/>
        <source>Head-office &amp;dashboard</source>
        <translation>总行看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="63"/>
        <source>&amp;Rectifications (整改)</source>
        <translation>整改跟踪(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="85"/>
        <source>Head-office dashboard</source>
        <translation>总行看板</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="89"/>
        <source>Rectifications</source>
        <translation>整改跟踪</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="45"/>
        <source>Photos (%1);;All files (*)</source>
        <translation>照片 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="87"/>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="99"/>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="142"/>
        <source>Cancelling after the current photo…</source>
        <translation>处理完当前照片后取消…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="158"/>
        <source>Importing photos: %1 of %2…</source>
        <translation>正在导入照片：%1 / %2…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="165"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="206"/>
        <source>%1 of %2 photos added.</source>
        <translation>已添加 %1 / %2 张照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="208"/>
        <source>%1 already attached to this inspection.</source>
        <translation>%1 张此前已附加到本次检查。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="210"/>
        <source>Import cancelled; the photos added so far are kept.</source>
        <translation>导入已取消；已添加的照片予以保留。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="213"/>
        <source>%1 files could not be imported (nothing already stored was changed):</source>
        <translation>%1 个文件无法导入（已保存的内容均未改动）：</translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="127"/>
        <source>Import a key from head office</source>
        <translation>导入总行下发的密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="132"/>
        <source>The .p12 or .pfx file</source>
        <translation>.p12 或 .pfx 文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="133"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="143"/>
        <source>Key file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="144"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="146"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="159"/>
        <source>Key file from head office</source>
        <translation>总行下发的密钥文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="159"/>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>PKCS#12 密钥文件 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="166"/>
        <source>Choose the key file head office gave you.</source>
        <translation>请选择总行下发给您的密钥文件。</translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="117"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="118"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="119"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="120"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="121"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="122"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="152"/>
        <source>Inspection {id}
Inspectors: {names}</source>
        <translation>检查 {id}
检查人员：{names}</translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="200"/>
        <source>Inspections</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="243"/>
        <source>Search branch, code, inspector…</source>
        <translation>搜索网点、代码、检查人员…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="249"/>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="250"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="251"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="252"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="253"/>
        <source>From … to …</source>
        <translation>自定义起止日期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="265"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="268"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="270"/>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="271"/>
        <location filename="../../inspector/ui/inspections_view.py" line="334"/>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="318"/>
        <source>New inspection (Ctrl+N)</source>
        <translation>新建检查 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="321"/>
        <source>Load demo data</source>
        <translation>载入演示数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="325"/>
        <source>No inspections yet</source>
        <translation>还没有检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="327"/>
        <source>Press Ctrl+N to start one, or load demo data to look around first.
Add your branches on the left; every change is saved at once.</source>
        <translation>按 Ctrl+N 开始一次检查，或先载入演示数据看看。
在左侧添加网点；所有修改都会立即保存。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="338"/>
        <source>No inspections match these filters</source>
        <translation>没有符合筛选条件的检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="339"/>
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
        <translation>重复问题（按 ×%1 扣分）</translation>
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
        <location filename="../../inspector/ui/workspace/item_panel.py" line="200"/>
        <source>Note: what you saw (E or Enter to write, Esc to leave)</source>
        <translation>备注：所见情况（按 E 或回车输入，Esc 退出）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="163"/>
        <source>Note [E]</source>
        <translation>备注 [E]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="165"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="181"/>
        <source>  ★ critical: a failure fails the inspection</source>
        <translation>  ★ 关键项：不合格则本次检查不通过</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="184"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="204"/>
        <source>−%1 per occurrence</source>
        <translation>每次扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="206"/>
        <source>−%1 per person and occurrence</source>
        <translation>每人每次扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="208"/>
        <source>+%1 for the person in charge</source>
        <translation>负责人另扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="210"/>
        <source>at most −%1</source>
        <translation>最多扣 %1 分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="238"/>
        <source>%1 waits timed, %2 over %3 min. Start a stopwatch with W (queue tools, right).</source>
        <translation>已计时 %1 次等候，其中 %2 次超过 %3 分钟。按 W 开始计时（右侧排队工具）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="243"/>
        <source>%1 counts recorded (limit %2 waiting per open window).</source>
        <translation>已记录 %1 次计数（每个开放窗口最多 %2 人等候）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="248"/>
        <source>Last: %1 waiting, %2 windows open.</source>
        <translation>最近一次：%1 人等候，%2 个窗口开放。</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="184"/>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="190"/>
        <source>Reports of signed inspections are signed with one of these keys. Give head office the certificate of your key (Export certificate) so it can trust your reports.</source>
        <translation>已签字检查的报告将用以下某个密钥进行数字签名。请将您的密钥证书交给总行（导出证书），以便总行信任您的报告。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="213"/>
        <source>No signing key yet. Create one, or import the key file head office issued.</source>
        <translation>还没有签名密钥。请创建一个，或导入总行下发的密钥文件。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="220"/>
        <source>Create key…</source>
        <translation>创建密钥…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="222"/>
        <source>Import from head office…</source>
        <translation>从总行导入…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="223"/>
        <source>Export certificate…</source>
        <translation>导出证书…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="224"/>
        <source>Copy fingerprint</source>
        <translation>复制指纹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="225"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="283"/>
        <source>Fingerprint: %1
Issued by: %2</source>
        <translation>指纹：%1
签发者：%2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="287"/>
        <source>self-signed (this computer)</source>
        <translation>自签名（本机）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="312"/>
        <source>Export certificate for head office</source>
        <translation>导出证书交总行</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="312"/>
        <source>Certificates (*.pem)</source>
        <translation>证书 (*.pem)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="325"/>
        <source>The certificate could not be exported.</source>
        <translation>无法导出证书。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="329"/>
        <source>Certificate exported</source>
        <translation>证书已导出</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="330"/>
        <source>Saved %1.
Head office puts this file in its trust folder to accept your signed reports.</source>
        <translation>已保存 %1。
总行将此文件放入信任证书文件夹后，即可接受您签名的报告。</translation>
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
        <location filename="../../inspector/ui/main_window.py" line="143"/>
        <location filename="../../inspector/ui/main_window.py" line="453"/>
        <source>Inspector: branch service inspections</source>
        <translation>Inspector：网点文明优质服务检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="182"/>
        <source>Data folder: {path}</source>
        <translation>数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <source>&amp;New inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="206"/>
        <source>Load &amp;demo data</source>
        <translation>载入演示数据(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="209"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="210"/>
        <source>&amp;Search inspections</source>
        <translation>搜索检查记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="212"/>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="214"/>
        <source>Add &amp;branch…</source>
        <translation>添加网点(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="215"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="216"/>
        <source>&amp;About Inspector</source>
        <translation>关于 Inspector(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="217"/>
        <source>&amp;Close inspection</source>
        <translation>关闭检查(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="241"/>
        <source>&amp;Inspection</source>
        <translation>检查(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="250"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="274"/>
        <source>{count} inspections shown</source>
        <translation>显示 {count} 条检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="286"/>
        <source>Add a branch first</source>
        <translation>请先添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="287"/>
        <source>An inspection belongs to a branch. Add the branch you are visiting now.</source>
        <translation>每次检查都属于一个网点。请先添加您正在检查的网点。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <location filename="../../inspector/ui/main_window.py" line="318"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <source>Demo data is not part of this build.</source>
        <translation>此版本不包含演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="317"/>
        <source>Loading demo data: branches, inspections and photos…</source>
        <translation>正在载入演示数据：网点、检查记录和照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="333"/>
        <source>The demo data could not be loaded.</source>
        <translation>无法载入演示数据。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="339"/>
        <source>Demo data loaded: {count} inspections</source>
        <translation>已载入演示数据：{count} 条检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="365"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="374"/>
        <source>About Inspector</source>
        <translation>关于 Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="375"/>
        <source>Inspector: service-quality inspections of bank branches, offline.

Data folder: {path}</source>
        <translation>Inspector：银行网点服务质量检查（离线使用）。

数据文件夹：{path}</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="401"/>
        <source>{branch} - Inspector</source>
        <translation>{branch} - Inspector</translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="38"/>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="47"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="53"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="57"/>
        <source>Names separated by commas, e.g. 张伟、赵敏</source>
        <translation>多个姓名用顿号或逗号分隔，例如：张伟、赵敏</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="60"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="66"/>
        <source>{title} (version {version})</source>
        <translation>{title}（第 {version} 版）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="68"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="71"/>
        <source>The start time is recorded when you press Start.</source>
        <translation>按“开始”时记录开始时间。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="72"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="87"/>
        <source>Add a branch first: there is nothing to inspect yet.</source>
        <translation>请先添加网点：目前还没有可检查的对象。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="89"/>
        <source>No checklist is installed. Reinstall Inspector or load a template.</source>
        <translation>未安装检查表。请重新安装 Inspector 或载入检查表模板。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="91"/>
        <source>Enter at least one inspector&apos;s name.</source>
        <translation>请至少填写一名检查人员的姓名。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="96"/>
        <source>Every answer is saved at once; you can close the app at any time.</source>
        <translation>每个答案都会立即保存，可随时关闭程序。</translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="235"/>
        <source>Text on the photo</source>
        <translation>照片上的文字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="235"/>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
</context>
<context>
    <name>PhotoMessages</name>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="18"/>
        <source>%1: the file is empty (0 bytes). Copy the photo from the camera again.</source>
        <translation>%1：文件为空（0 字节）。请重新从相机复制照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="21"/>
        <source>%1: this is not a picture Inspector can read. Choose a JPEG, PNG, WebP or HEIC photo.</source>
        <translation>%1：Inspector 无法读取此图片。请选择 JPEG、PNG、WebP 或 HEIC 格式的照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="24"/>
        <source>%1: the file is cut short (an interrupted copy). Copy the photo again.</source>
        <translation>%1：文件不完整（复制中断）。请重新复制照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="27"/>
        <source>%1: the picture is too large to import safely. Is it really a photo?</source>
        <translation>%1：图片过大，无法安全导入。请确认这确实是一张照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="30"/>
        <source>%1: the file could not be read or saved. Check that it exists and the disk has space.</source>
        <translation>%1：无法读取或保存该文件。请检查文件是否存在、磁盘空间是否充足。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="33"/>
        <source>%1: this picture format is not supported. Save it as JPEG and import it again.</source>
        <translation>%1：不支持此图片格式。请另存为 JPEG 后重新导入。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="37"/>
        <source>%1: the photo could not be imported.</source>
        <translation>%1：无法导入该照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="44"/>
        <source>from the camera (EXIF)</source>
        <translation>来自相机（EXIF）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="45"/>
        <source>from the file&apos;s date (the camera recorded no time)</source>
        <translation>来自文件日期（相机未记录时间）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="54"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="79"/>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
</context>
<context>
    <name>PhotoPlacement</name>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Checklist item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="102"/>
        <source>The camera recorded no time; this is the file&apos;s date, so the match may be wrong.</source>
        <translation>相机未记录拍摄时间；此处为文件日期，匹配结果可能有误。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="107"/>
        <source>— Kept with the inspection (no item) —</source>
        <translation>— 保留在本次检查中（不属于任何检查项）—</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="131"/>
        <source>The photo was not moved.</source>
        <translation>照片未移动。</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="65"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="67"/>
        <source>Choose photo files (JPEG, PNG, WebP, HEIC); you can also drop them here.</source>
        <translation>选择照片文件（JPEG、PNG、WebP、HEIC）；也可以直接拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="69"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="70"/>
        <source>Paste a copied picture or copied photo files (Ctrl+V).</source>
        <translation>粘贴已复制的图片或照片文件（Ctrl+V）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="72"/>
        <source>Camera…</source>
        <translation>拍照…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="76"/>
        <source>From phone…</source>
        <translation>从手机导入…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="79"/>
        <source>Attach photos taken with a phone: each goes to the item answered when it was taken.</source>
        <translation>附加手机拍摄的照片：每张照片会附到拍摄时正在填写的检查项上。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="83"/>
        <source>Photos kept with the inspection but not placed on any item.</source>
        <translation>保留在本次检查中、但未归入任何检查项的照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="112"/>
        <source>No photos for this item yet. Drop photos here, paste one, or use Add photos.</source>
        <translation>此检查项还没有照片。可将照片拖放到这里、粘贴，或点击“添加照片”。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="129"/>
        <source>Paste a photo from the clipboard</source>
        <translation>从剪贴板粘贴照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="153"/>
        <source>Taken: %1, %2</source>
        <translation>拍摄：%1，%2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="193"/>
        <source>Unassigned photos (%1)</source>
        <translation>未归类照片（%1）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="213"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="316"/>
        <source>Remove %1 from this item?

The removal is recorded in the audit log.</source>
        <translation>要从此检查项中删除 %1 吗？

删除操作会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="318"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="324"/>
        <source>The photo was not removed.</source>
        <translation>照片未删除。</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="48"/>
        <source>← Previous</source>
        <translation>← 上一张</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="50"/>
        <source>Next →</source>
        <translation>下一张 →</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="52"/>
        <source>Mark up…</source>
        <translation>标注…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="55"/>
        <source>Remove photo…</source>
        <translation>删除照片…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="84"/>
        <source>No photos.</source>
        <translation>没有照片。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="94"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="96"/>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="125"/>
        <location filename="../../inspector/ui/photos/viewer.py" line="129"/>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="126"/>
        <source>Remove %1 from this inspection?

The removal is recorded in the audit log.</source>
        <translation>要从本次检查中删除 %1 吗？

删除操作会记入审计日志。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="135"/>
        <source>The photo was not removed.</source>
        <translation>照片未删除。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="163"/>
        <source>This inspection is signed; its photos can no longer change.</source>
        <translation>此检查已签字，其照片不能再修改。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="176"/>
        <source>Taken: %1, %2</source>
        <translation>拍摄：%1，%2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="179"/>
        <source>Imported: %1</source>
        <translation>导入时间：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="180"/>
        <source>Original file: %1  (%2 × %3 px)</source>
        <translation>原始文件：%1（%2 × %3 像素）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="187"/>
        <source>Location (GPS): %1, %2</source>
        <translation>位置（GPS）：%1，%2</translation>
    </message>
</context>
<context>
    <name>QueueTools</name>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="71"/>
        <source>Start stopwatch  [W]</source>
        <translation>开始计时  [W]</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="83"/>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="100"/>
        <source>Record count</source>
        <translation>记录计数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="104"/>
        <source>Queue count</source>
        <translation>排队计数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="108"/>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="110"/>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="123"/>
        <source>Readings</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="140"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="205"/>
        <source>Waiting time %1</source>
        <translation>等候时间 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="225"/>
        <source>Queue count %1 / %2</source>
        <translation>排队计数 %1 / %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="245"/>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="266"/>
        <source>%1  wait %2  %3</source>
        <translation>%1  等候 %2  %3</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="273"/>
        <source>%1  %2 waiting, %3 windows</source>
        <translation>%1  %2 人等候，%3 个窗口</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Latest</source>
        <translation>最近得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="105"/>
        <source>Year score</source>
        <translation>年度得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="105"/>
        <source>Quarter score</source>
        <translation>季度得分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Complaints</source>
        <translation>投诉扣分</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>RectificationsModel</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Item</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Owner</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Evidence</source>
        <translation>整改佐证</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="87"/>
        <source>Closed %1</source>
        <translation>已销号 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Open</source>
        <translation>整改中</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="92"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 次复查</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RectificationsWidget</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>Open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="159"/>
        <source>Close with note…</source>
        <translation>填写说明并销号…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="161"/>
        <source>Start follow-up inspection</source>
        <translation>开始复查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="166"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="168"/>
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="200"/>
        <source>All branches</source>
        <translation>全部网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="210"/>
        <source>%1 shown · %2 overdue · %3 due within %4 days</source>
        <translation>显示 %1 项 · %2 项已逾期 · %3 项将在 %4 天内到期</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="216"/>
        <source>No rectifications here. They are agreed with the branch head when an inspection with failed items is signed, and arrive with imported inspections.</source>
        <translation>这里没有整改事项。整改事项在有不合格项的检查签字时与网点负责人确认，也会随导入的检查一同到达。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="265"/>
        <source>Could not close the rectification</source>
        <translation>无法销号</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="271"/>
        <source>Could not start the follow-up</source>
        <translation>无法开始复查</translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="237"/>
        <source>%1 · %2 · inspectors: %3 · %4</source>
        <translation>%1 · %2 · 检查人员：%3 · %4</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="247"/>
        <source>Score %1, grade %2. %3 failures.</source>
        <translation>得分 %1，等级 %2。不合格 %3 项。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="253"/>
        <source>A critical item failed.</source>
        <translation>有关键项不合格。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="259"/>
        <source>For each failure, agree who fixes it and by when, then press Agree. The branch head can sign once every failure has an agreed owner and deadline.</source>
        <translation>请为每个不合格项商定整改责任人和整改期限，然后按“确认”。所有不合格项都确认了整改责任人和整改期限后，网点负责人方可签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="273"/>
        <source>%1  (−%2 points)</source>
        <translation>%1（扣 %2 分）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="297"/>
        <source>No failures: nothing needs rectifying. The inspection can be signed.</source>
        <translation>没有不合格项，无需整改，可以签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="329"/>
        <source>Rectification owner missing</source>
        <translation>缺少整改责任人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="330"/>
        <source>Enter who fixes “%1” before agreeing.</source>
        <translation>确认前请填写“%1”的整改责任人。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="337"/>
        <source>Deadline in the past</source>
        <translation>整改期限早于今天</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="338"/>
        <source>The deadline for “%1” is before today; choose a later date.</source>
        <translation>“%1”的整改期限早于今天，请选择更晚的日期。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="346"/>
        <source>The rectification could not be saved.</source>
        <translation>无法保存整改事项。</translation>
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
        <location filename="../../inspector/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="51"/>
        <source>Applied at once; open dialogs keep their language until closed.</source>
        <translation>立即生效；已打开的对话框在关闭前保持原语言。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="58"/>
        <source>e.g. 张伟</source>
        <translation>例如：张伟</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="63"/>
        <source>Recorded as the author of every change in the audit log, and proposed as inspector for new inspections.</source>
        <translation>作为审计日志中每项修改的操作人记录，并在新建检查时默认作为检查人员。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="83"/>
        <location filename="../../inspector/ui/signoff/wiring.py" line="25"/>
        <source>General</source>
        <translation>常用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="84"/>
        <source>Inspections list</source>
        <translation>检查记录列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="85"/>
        <source>Start a new inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="86"/>
        <source>Settings (language, your name)</source>
        <translation>设置（语言、姓名）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="87"/>
        <source>Show this list of shortcuts</source>
        <translation>显示此快捷键列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="88"/>
        <source>Quit Inspector</source>
        <translation>退出 Inspector</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="89"/>
        <source>Search inspections</source>
        <translation>搜索检查记录</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="90"/>
        <source>Refresh the list</source>
        <translation>刷新列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="91"/>
        <source>Open the selected inspection</source>
        <translation>打开所选检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="92"/>
        <source>Add a branch</source>
        <translation>添加网点</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="94"/>
        <source>Close the inspection, back to the list</source>
        <translation>关闭检查，返回列表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="96"/>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="24"/>
        <source>Export the inspection&apos;s report</source>
        <translation>导出检查报告</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="132"/>
        <source>Review and sign</source>
        <translation>审阅并签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="140"/>
        <source>Inspector</source>
        <translation>检查员</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="141"/>
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="146"/>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="148"/>
        <source>Start correction</source>
        <translation>开始更正</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="149"/>
        <source>Create a new draft linked to this signed inspection</source>
        <translation>新建一份与此已签字检查关联的草稿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="150"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="207"/>
        <source>Finish the inspection first.</source>
        <translation>请先完成检查。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="211"/>
        <source>agree owner and deadline for %n failure(s)</source>
        <translation>
            <numerusform>确认 %n 个不合格项的整改责任人和整改期限</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="213"/>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="224"/>
        <source>Signed by the inspector and the branch head. This inspection is locked and can no longer change; export the signed report now, or start a correction to record changes.</source>
        <translation>检查员和网点负责人均已签字。此检查已锁定，不能再修改；现在可以导出已签名的报告，如需修改请开始更正。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="234"/>
        <source>This inspection is still a draft. Finish it in the checklist before signing.</source>
        <translation>此检查仍是草稿。请先在检查表中完成检查，再签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="241"/>
        <source>Read the findings with the branch head and agree each rectification; then both sign.</source>
        <translation>请与网点负责人一起查看发现的问题，逐项确认整改事项，然后双方签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="243"/>
        <source>Every rectification is agreed. The inspector and the branch head can sign.</source>
        <translation>所有整改事项均已确认。检查员和网点负责人可以签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="258"/>
        <source>Cannot sign yet</source>
        <translation>暂时无法签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="273"/>
        <source>The signature could not be saved.</source>
        <translation>无法保存签名。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="287"/>
        <source>The correction could not be started.</source>
        <translation>无法开始更正。</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/ui/signoff/signature_pad.py" line="164"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>请用鼠标、手写笔或手指在此签名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/signature_pad.py" line="166"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SignerCard</name>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="49"/>
        <source>1. Inspector signs</source>
        <translation>1. 检查员签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="49"/>
        <source>2. Branch head signs</source>
        <translation>2. 网点负责人签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="54"/>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="57"/>
        <source>Role or job title</source>
        <translation>角色或职务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="62"/>
        <source>Sign as inspector</source>
        <translation>以检查员身份签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="62"/>
        <source>Sign as branch head</source>
        <translation>以网点负责人身份签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="75"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="76"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="94"/>
        <source>the name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="96"/>
        <source>the drawn signature</source>
        <translation>手写签名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="109"/>
        <source>✓ Signed by %1 at %2</source>
        <translation>✓ %1 已于 %2 签字</translation>
    </message>
</context>
<context>
    <name>SignoffController</name>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="53"/>
        <source>&amp;Review and sign…</source>
        <translation>审阅并签字(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="56"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="60"/>
        <source>Start &amp;correction</source>
        <translation>开始更正(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="62"/>
        <source>Signing &amp;keys…</source>
        <translation>签名密钥(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="64"/>
        <source>&amp;Verify a report…</source>
        <translation>验证报告(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="100"/>
        <source>Finish the inspection first, then review it with the branch head and sign.</source>
        <translation>请先完成检查，再与网点负责人一起审阅并签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="102"/>
        <source>Review the failures with the branch head, agree rectifications, sign.</source>
        <translation>与网点负责人一起审阅不合格项，确认整改事项，然后签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="107"/>
        <source>A new draft linked to this signed inspection</source>
        <translation>新建一份与此已签字检查关联的草稿</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="139"/>
        <source>Inspection finished</source>
        <translation>检查已完成</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="141"/>
        <source>Next, read the findings with the branch head, agree who fixes each failure and by when, and sign together.</source>
        <translation>接下来，请与网点负责人一起查看发现的问题，商定每个不合格项的整改责任人和整改期限，然后共同签字。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="144"/>
        <source>Review and sign now</source>
        <translation>现在审阅并签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="145"/>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="161"/>
        <source>Review and sign</source>
        <translation>审阅并签字</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="162"/>
        <source>This inspection is still a draft. Finish it first (Ctrl+F in the checklist).</source>
        <translation>此检查仍是草稿。请先完成检查（在检查表中按 Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="184"/>
        <source>Signed and locked. Export the report next (Ctrl+E).</source>
        <translation>已签字并锁定。下一步请导出报告（Ctrl+E）。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="197"/>
        <source>Correction started: a new draft linked to the signed inspection.</source>
        <translation>已开始更正：已新建一份与已签字检查关联的草稿。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="207"/>
        <source>The correction could not be started.</source>
        <translation>无法开始更正。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="37"/>
        <source>Write sync &amp;bundles…</source>
        <translation>生成同步包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="40"/>
        <source>&amp;Import bundles…</source>
        <translation>导入同步包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="43"/>
        <source>Export data for &amp;analysts…</source>
        <translation>导出分析数据(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="46"/>
        <source>Export &amp;history of the selected inspection…</source>
        <translation>所选检查的导出记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="65"/>
        <source>No sync bundle written yet</source>
        <translation>尚未生成同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="122"/>
        <source>Making photo previews of the imported inspections: %1 of %2</source>
        <translation>正在为导入的检查生成照片预览：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="129"/>
        <source>Photo previews could not be made (%1); they are made when a photo is shown.</source>
        <translation>照片预览未能生成（%1）；打开照片时会再生成。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/wiring.py" line="132"/>
        <source>%n photo(s) could not be decoded for a preview; their originals are kept.</source>
        <translation>
            <numerusform>%n 张照片无法解码生成预览；原图已保留。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="135"/>
        <source>Photo previews are ready.</source>
        <translation>照片预览已生成。</translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="69"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="75"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="77"/>
        <source>Show this folder in the file manager</source>
        <translation>在文件管理器中显示此文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="106"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="30"/>
        <source>Sync bundle</source>
        <translation>同步包</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="31"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="48"/>
        <source>Bundled %1 by %2</source>
        <translation>%2 于 %1 生成同步包</translation>
    </message>
</context>
<context>
    <name>UnassignedDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="21"/>
        <source>Unassigned photos</source>
        <translation>未归类照片</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="26"/>
        <source>These photos are kept with the inspection but belong to no item. Choose an item for each.</source>
        <translation>这些照片保留在本次检查中，但不属于任何检查项。请为每张照片选择检查项。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="28"/>
        <source>Every photo of this inspection is on an item.</source>
        <translation>本次检查的所有照片都已归入检查项。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="36"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="27"/>
        <source>Valid: signed and unchanged</source>
        <translation>有效：已签名且未被改动</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="32"/>
        <source>Altered: the report changed after it was signed</source>
        <translation>已被改动：报告在签名后被修改</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="38"/>
        <source>Invalid: the signing certificate cannot be used</source>
        <translation>无效：签名证书不可用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="44"/>
        <source>Unknown signer: intact, but the key is not trusted</source>
        <translation>签名人未知：报告完整，但密钥不在信任范围内</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="50"/>
        <source>Unsigned: this PDF has no digital signature</source>
        <translation>未签名：此 PDF 没有数字签名</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="56"/>
        <source>Unreadable: not a PDF, or the file cannot be read</source>
        <translation>无法读取：不是 PDF 文件，或文件无法读取</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="71"/>
        <source>Verify a report</source>
        <translation>验证报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="75"/>
        <source>The signed PDF report</source>
        <translation>已签名的 PDF 报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="78"/>
        <source>Folder of trusted certificates (.pem); optional</source>
        <translation>信任证书（.pem）文件夹；可选</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="79"/>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="83"/>
        <source>Verify</source>
        <translation>验证</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="90"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="91"/>
        <source>Trust folder</source>
        <translation>信任证书文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="124"/>
        <source>Without a trust folder a signature can only be shown as intact, not as trusted. Head office keeps the certificates (.pem) of its inspectors in one folder.</source>
        <translation>没有信任证书文件夹时，只能显示签名是否完整，无法显示是否可信。总行将各检查人员的证书（.pem）集中存放在一个文件夹中。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="131"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="149"/>
        <source>Report to verify</source>
        <translation>要验证的报告</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="149"/>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="156"/>
        <source>Folder of trusted certificates</source>
        <translation>信任证书文件夹</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="188"/>
        <source>Signed by: %1</source>
        <translation>签名人：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="190"/>
        <source>Signed at: %1</source>
        <translation>签名时间：%1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="192"/>
        <source>Key fingerprint: %1</source>
        <translation>密钥指纹：%1</translation>
    </message>
</context>
<context>
    <name>WorkspacePlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="86"/>
        <source>The checklist for inspection {id} cannot be shown: the workspace is not part of this build.</source>
        <translation>无法显示检查 {id} 的检查表：此版本不包含检查工作区。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="94"/>
        <source>Back to the list</source>
        <translation>返回列表</translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="89"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="163"/>
        <source>Occurrences %1</source>
        <translation>次数 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="92"/>
        <source>Staff %1</source>
        <translation>员工 %1</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="94"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="166"/>
        <source>Repeat finding</source>
        <translation>重复问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="246"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="30"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="134"/>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="31"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="135"/>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="32"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="136"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="33"/>
        <source>Clear to unchecked</source>
        <translation>清除为未检查</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="34"/>
        <source>Next item</source>
        <translation>下一项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="35"/>
        <source>Previous item</source>
        <translation>上一项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="36"/>
        <source>Next unchecked item</source>
        <translation>下一个未检查项</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="37"/>
        <source>One more occurrence</source>
        <translation>次数加一</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="38"/>
        <source>One occurrence less</source>
        <translation>次数减一</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="39"/>
        <source>Repeat finding on/off</source>
        <translation>标记/取消重复问题</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="40"/>
        <source>Staff member concerned</source>
        <translation>涉及的员工</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="41"/>
        <source>Write a note</source>
        <translation>填写备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="42"/>
        <source>Show or hide the hint</source>
        <translation>显示或隐藏提示</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="45"/>
        <source>Start a stopwatch (ticket taken)</source>
        <translation>开始计时（客户取号）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="52"/>
        <source>Stop the oldest stopwatch (customer called)</source>
        <translation>停止最早的计时（客户被叫号）</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="57"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="58"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="63"/>
        <source>Finish the inspection…</source>
        <translation>完成检查…</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="66"/>
        <source>Show or hide the score and queue panel</source>
        <translation>显示或隐藏得分和排队面板</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="70"/>
        <source>Back to the checklist</source>
        <translation>返回检查表</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="74"/>
        <source>Go to area %1</source>
        <translation>转到第 %1 类</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="137"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="250"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="281"/>
        <source>This inspection is signed and can no longer change. To correct it, start a correction from the inspection list.</source>
        <translation>此检查已签字，不能再修改。如需更正，请在检查记录列表中新建更正记录。</translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="287"/>
        <source>This inspection is finished. Changes are still saved until it is signed.</source>
        <translation>此检查已完成。在签字之前，修改仍会被保存。</translation>
    </message>
</context>
</TS>
