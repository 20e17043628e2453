<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotateDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="245"/>
        <source>Mark up the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="257"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="265"/>
        <source>Undo last mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="267"/>
        <source>Remove all marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="275"/>
        <source>Drag to draw an arrow (from tail to tip) or a circle (from centre outwards); click to place text. The photo itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="283"/>
        <source>Save marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="284"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="315"/>
        <source>The marks could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../inspector/app.py" line="75"/>
        <source>A checklist shipped with Inspector is invalid; reinstall Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="83"/>
        <source>Inspector is already open on this data folder:
{path}

Switch to the open window. To work on other data, start Inspector with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="93"/>
        <source>Inspector cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="97"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaNav</name>
    <message>
        <location filename="../../inspector/ui/workspace/area_nav.py" line="44"/>
        <source>  −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/area_nav.py" line="53"/>
        <source>%1 of %2 items checked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="34"/>
        <source>Add branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="34"/>
        <source>Edit branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="38"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="39"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="40"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="41"/>
        <source>Head of branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="42"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="45"/>
        <source>e.g. 城东支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="46"/>
        <source>e.g. 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="47"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="48"/>
        <source>Who signs for the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="49"/>
        <source>e.g. 城区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="61"/>
        <source>* required. The code must be unique, e.g. the bank&apos;s branch number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="65"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="65"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesPanel</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="106"/>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="114"/>
        <source>No branches yet. Add the branches you inspect, or load demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="120"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="123"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="136"/>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkAttachDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="57"/>
        <source>Attach photos taken with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="76"/>
        <source>Copy the photos from the phone to this computer, then choose them here. Each photo is attached to the item you were answering when it was taken (within 10 minutes); you can correct every match afterwards. Photos that match no item stay with the inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="83"/>
        <source>Choose photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="85"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="87"/>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="104"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="124"/>
        <source>These files could not be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="125"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="138"/>
        <source>Photos taken with a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="143"/>
        <source>Folder with the phone&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="151"/>
        <source>Importing %1 photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="172"/>
        <source>Cancelling after the current photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="176"/>
        <source>The photos could not be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="182"/>
        <source>%1 photos matched to an item, %2 kept with the inspection (no item answered then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="185"/>
        <source>%1 were already attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="187"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/bulk_attach.py" line="188"/>
        <source>Check each match; choose another item where it is wrong. Changes are saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="51"/>
        <source>Write sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="59"/>
        <source>Folder for the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="72"/>
        <source>Outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="73"/>
        <source>Sign reports with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="74"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="75"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="82"/>
        <source>None: every signed inspection already has a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="96"/>
        <source>Write bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="99"/>
        <source>Open outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="133"/>
        <source>Not needed for the demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="133"/>
        <source>The passphrase of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="146"/>
        <source>Signed inspections without a bundle: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="157"/>
        <source>There is no signing key in %1, so the reports cannot be signed. Create or import one in File → Signing keys….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="163"/>
        <source>Nothing to do: every signed inspection already has a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="168"/>
        <source>Each inspection becomes one file: the signed PDF report, the data and the original photos. Take the files to head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="204"/>
        <source>Signing the reports and writing the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="211"/>
        <source>Cancelling after the current inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="214"/>
        <source>%1 of %2 inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="227"/>
        <source>✓ Written  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="229"/>
        <source>✗ Failed  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="231"/>
        <source>%n bundle(s) written to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="234"/>
        <source>%n inspection(s) could not be bundled; see the reasons below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="237"/>
        <source>Cancelled: the rest stay in the list for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/bundle_dialog.py" line="246"/>
        <source>The bundles could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="48"/>
        <source>Import sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="59"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="61"/>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="63"/>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="72"/>
        <source>Folder of trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="74"/>
        <source>Copy each laptop&apos;s certificate (.pem) here; only reports signed by these keys are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="78"/>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="94"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="97"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="126"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="127"/>
        <source>Already present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="128"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="170"/>
        <source>Choose sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="172"/>
        <source>Sync bundles (*%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="179"/>
        <source>Choose a folder of sync bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="185"/>
        <source>No new sync bundles (*%1) in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="190"/>
        <source>Bundles to import: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="198"/>
        <source>Add the bundle files (%1) brought from the laptops, or a folder holding them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="207"/>
        <source>The trust folder %1 is missing or empty, so every bundle will be refused. Copy each laptop&apos;s certificate (.pem from its keys folder) into it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="215"/>
        <source>Each bundle is checked (signature, hashes, data) and imported whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="242"/>
        <source>Checking and importing the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="249"/>
        <source>Cancelling after the current bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="252"/>
        <source>%1 of %2 bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="276"/>
        <source>Cancelled. The bundles imported so far stay imported; run the import again for the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="283"/>
        <source>%n bundle(s) refused; nothing of those was imported. The reason for each is listed below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="290"/>
        <source>Done: every bundle is imported or was already present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/import_dialog.py" line="293"/>
        <source>%n rectification(s) closed on a laptop since its first bundle are now closed here too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/import_dialog.py" line="302"/>
        <source>The import stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Camera</name>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="32"/>
        <source>No camera found on this computer (camera support could not be loaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="36"/>
        <source>No camera found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="37"/>
        <source>Take a photo with this computer&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="57"/>
        <source>Take a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="71"/>
        <source>Point the camera at the finding, then press Capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="72"/>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="95"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/camera.py" line="105"/>
        <source>The photo could not be taken: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="105"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="111"/>
        <source>Everything in Inspector can be done from the keyboard. Press F1 or ? to see this list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="128"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="128"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="156"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="115"/>
        <source>Close rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="117"/>
        <source>What was done, by whom, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="118"/>
        <source>No photo attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="120"/>
        <source>Attach photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="126"/>
        <source>Close item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="139"/>
        <source>Photo of the fixed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="139"/>
        <source>Images (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="33"/>
        <source>Record a complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="48"/>
        <source>What the customer complained about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="53"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="54"/>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="55"/>
        <source>Points deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="56"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="57"/>
        <source>The points are subtracted from the branch&apos;s quarterly score of the quarter the complaint was received in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/complaints.py" line="70"/>
        <source>Add a branch first: a complaint belongs to a branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="55"/>
        <source>Create a signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="62"/>
        <source>e.g. the bank and department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="71"/>
        <source>The key signs the reports you export. Its passphrase is asked for at every export; it cannot be recovered if forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="79"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="80"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="81"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="82"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="84"/>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="99"/>
        <source>Enter your name: it is shown as the signer of your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="101"/>
        <source>Choose a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="103"/>
        <source>The two passphrases differ; type the same passphrase twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="159"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="162"/>
        <source>Include drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="163"/>
        <source>Drafts may be half answered; by default only finished and signed inspections count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="165"/>
        <source>Record complaint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="168"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="168"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="169"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Item failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="195"/>
        <source>Charged double</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="198"/>
        <source>No repeat findings: no branch failed the same item in its two latest inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="212"/>
        <source>Ranking by quarterly score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="214"/>
        <source>Repeat findings (failed in consecutive inspections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="269"/>
        <source>%1 Q%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="271"/>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="273"/>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="313"/>
        <source>No inspections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="315"/>
        <source>Inspections arrive here in two ways: import the sync bundles the inspectors send (File ▸ Import bundle), or carry out inspections on this computer. The ranking, trends and weakest areas appear as soon as the first finished inspection is here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="319"/>
        <source>Nothing in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="321"/>
        <source>No finished or signed inspection matches the period, region and type chosen. Choose another period above, or tick &quot;Include drafts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="330"/>
        <source>%1 inspections counted · target %2 · %3 of %4 branches below target · quarterly score = mystery shopper × 40 % + remote review × 40 % + on-site × 20 % − complaints; self-checks do not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="370"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="370"/>
        <source>no — not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="379"/>
        <source>Quarterly score per branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="380"/>
        <source>Mean score per quarter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="404"/>
        <source>Stage target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="420"/>
        <source>Weakest areas: points lost per inspection, averaged over branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="424"/>
        <source>Points lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataExportDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="44"/>
        <source>Export data for analysts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="50"/>
        <source>Excel workbook (.xlsx): sheets &apos;inspections&apos; and &apos;findings&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="51"/>
        <source>CSV files (UTF-8): inspections.csv and findings.csv in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="59"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="66"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="75"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="78"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="101"/>
        <source>Every inspection and finding in this database, one row each, for Excel or statistics software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="114"/>
        <source>Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="117"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="127"/>
        <source>Save the workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="127"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="130"/>
        <source>Folder for the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="141"/>
        <source>Choose where to save the export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="147"/>
        <source>%1 is a folder; give a file name such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="158"/>
        <source>%1 is a file; for CSV choose a folder (two files are written into it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="178"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="195"/>
        <source>Saved %1: %2 inspections and %3 findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="204"/>
        <source>Saved %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/data_export_dialog.py" line="215"/>
        <source>Nothing was saved: cannot write %1 (%2). Choose another place.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="33"/>
        <source>The database file
{path}
cannot be written (it is read-only).

Make the file and its folder writable, or copy them to a writable folder, then start again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="39"/>
        <source>The database file
{path}
was written by a newer version of Inspector.

Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="44"/>
        <source>Another program is writing to
{path}

Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="47"/>
        <source>The disk holding
{path}
is full. Nothing of this change was saved.

Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="51"/>
        <source>This inspection is signed and can no longer change.

Start a correction to record changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <source>This entry already exists.

Choose another code or edit the existing entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="57"/>
        <source>The record you asked for no longer exists in
{path}

Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="60"/>
        <source>The change was refused because some of the data is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="64"/>
        <source>The database
{path}
reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="71"/>
        <location filename="../../inspector/ui/errors.py" line="75"/>
        <location filename="../../inspector/ui/errors.py" line="82"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="76"/>
        <source>A file could not be read or written:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="83"/>
        <source>Something went wrong. Your data up to the last change is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="102"/>
        <location filename="../../inspector/ui/errors.py" line="114"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="83"/>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="121"/>
        <source>Captions on photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="122"/>
        <source>Write the capture time onto each photo as well as under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="134"/>
        <source>Key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="137"/>
        <source>The signed report as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="140"/>
        <source>The report exactly as the branch signed it, from the bundle it came in; untick to build a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="145"/>
        <source>Build preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="149"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="155"/>
        <source>Sign with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="166"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="176"/>
        <source>This inspection is not signed yet: the report is a draft without a digital signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="183"/>
        <source>No signing key in %1: the report will not be digitally signed. Create or import one in File → Signing keys….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="191"/>
        <source>Enter the passphrase of your key and build the preview. The saved report is digitally signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="213"/>
        <source>Build a new report from the data: choose its language, then Build preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="218"/>
        <source>This is the report exactly as %1 signed it, received on %2. Save a copy to pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="232"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="233"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="239"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="241"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="242"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="243"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="272"/>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="275"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="308"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="316"/>
        <source>The signed report received cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="324"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="329"/>
        <source>%1 of %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="342"/>
        <source>Digitally signed by %1. Check the pages, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="347"/>
        <source>Not digitally signed: %1. You can still save it, or enter the passphrase and build again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="354"/>
        <source>Draft report ready (%n page(s)). It is not digitally signed until the inspection is signed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="366"/>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="370"/>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="415"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="417"/>
        <source>No preview yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="427"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="429"/>
        <source>PDF reports (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="443"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="449"/>
        <source>The report was saved, but the export was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/export_dialog.py" line="450"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportsDialog</name>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="60"/>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="66"/>
        <source>%1 %2 · inspection of %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="78"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="101"/>
        <source>Not exported yet: no report or sync bundle of this inspection has been written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="109"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="112"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureCard</name>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="105"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="108"/>
        <source>−%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="114"/>
        <source>%1 occurrences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="116"/>
        <source>repeat finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="118"/>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="121"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="139"/>
        <source>+%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="149"/>
        <source>Who fixes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="157"/>
        <source>Agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="160"/>
        <source>Rectification owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="162"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="191"/>
        <source>✓ Agreed and saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="191"/>
        <source>Not agreed yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="43"/>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="59"/>
        <source>Finish inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="48"/>
        <source>Score %1, grade %2. %3 unchecked, %4 failures without a note or photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="60"/>
        <source>Keep checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="65"/>
        <source>Unchecked items (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="68"/>
        <source>Failures without a note or photo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="84"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/finish_dialog.py" line="98"/>
        <source>Could not finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadOfficePages</name>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="20"/>
        <source>← Inspections (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="57"/>
        <source>Head-office &amp;dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="63"/>
        <source>&amp;Rectifications (整改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="85"/>
        <source>Head-office dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/wiring.py" line="89"/>
        <source>Rectifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="45"/>
        <source>Photos (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="87"/>
        <source>Import photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="99"/>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="115"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="142"/>
        <source>Cancelling after the current photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="158"/>
        <source>Importing photos: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="165"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="206"/>
        <source>%1 of %2 photos added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="208"/>
        <source>%1 already attached to this inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="210"/>
        <source>Import cancelled; the photos added so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/import_dialog.py" line="213"/>
        <source>%1 files could not be imported (nothing already stored was changed):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKeyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="127"/>
        <source>Import a key from head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="132"/>
        <source>The .p12 or .pfx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="133"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="143"/>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="144"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="146"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="148"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="159"/>
        <source>Key file from head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="159"/>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="166"/>
        <source>Choose the key file head office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsModel</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="117"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="118"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="119"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="120"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="121"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="122"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="123"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="152"/>
        <source>Inspection {id}
Inspectors: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="200"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="243"/>
        <source>Search branch, code, inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="249"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="250"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="251"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="252"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="253"/>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="265"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="268"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="270"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="271"/>
        <location filename="../../inspector/ui/inspections_view.py" line="334"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="318"/>
        <source>New inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="321"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="325"/>
        <source>No inspections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="327"/>
        <source>Press Ctrl+N to start one, or load demo data to look around first.
Add your branches on the left; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="338"/>
        <source>No inspections match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="339"/>
        <source>Change the filters or the search text, or clear them to see every inspection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPanel</name>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="69"/>
        <source>Pass  [P]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="70"/>
        <source>Fail  [F]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="71"/>
        <source>N/A  [N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="72"/>
        <source>Clear  [U]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="102"/>
        <source>badge no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="109"/>
        <source>Repeat finding (charged ×%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="119"/>
        <source>Occurrences [+/−]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="121"/>
        <source>Staff [S]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="128"/>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="200"/>
        <source>Note: what you saw (E or Enter to write, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="163"/>
        <source>Note [E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="165"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="181"/>
        <source>  ★ critical: a failure fails the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="184"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="204"/>
        <source>−%1 per occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="206"/>
        <source>−%1 per person and occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="208"/>
        <source>+%1 for the person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="210"/>
        <source>at most −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="238"/>
        <source>%1 waits timed, %2 over %3 min. Start a stopwatch with W (queue tools, right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="243"/>
        <source>%1 counts recorded (limit %2 waiting per open window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="248"/>
        <source>Last: %1 waiting, %2 windows open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="184"/>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="190"/>
        <source>Reports of signed inspections are signed with one of these keys. Give head office the certificate of your key (Export certificate) so it can trust your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="200"/>
        <source>Fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="213"/>
        <source>No signing key yet. Create one, or import the key file head office issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="220"/>
        <source>Create key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="222"/>
        <source>Import from head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="223"/>
        <source>Export certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="224"/>
        <source>Copy fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="225"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="283"/>
        <source>Fingerprint: %1
Issued by: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="287"/>
        <source>self-signed (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="312"/>
        <source>Export certificate for head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="312"/>
        <source>Certificates (*.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="325"/>
        <source>The certificate could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="329"/>
        <source>Certificate exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/keys_dialog.py" line="330"/>
        <source>Saved %1.
Head office puts this file in its trust folder to accept your signed reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="31"/>
        <source>On-site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="32"/>
        <source>Mystery shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="33"/>
        <source>Remote review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="34"/>
        <source>Self-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="37"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="38"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="39"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="143"/>
        <location filename="../../inspector/ui/main_window.py" line="453"/>
        <source>Inspector: branch service inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="182"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="206"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="207"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="208"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="209"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="210"/>
        <source>&amp;Search inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="212"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="214"/>
        <source>Add &amp;branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="215"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="216"/>
        <source>&amp;About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="217"/>
        <source>&amp;Close inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="224"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="237"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="241"/>
        <source>&amp;Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="243"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="250"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="274"/>
        <source>{count} inspections shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="286"/>
        <source>Add a branch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="287"/>
        <source>An inspection belongs to a branch. Add the branch you are visiting now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <location filename="../../inspector/ui/main_window.py" line="318"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="308"/>
        <source>Demo data is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="317"/>
        <source>Loading demo data: branches, inspections and photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="333"/>
        <source>The demo data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="339"/>
        <source>Demo data loaded: {count} inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="365"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="374"/>
        <source>About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="375"/>
        <source>Inspector: service-quality inspections of bank branches, offline.

Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="401"/>
        <source>{branch} - Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="38"/>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="47"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="53"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="57"/>
        <source>Names separated by commas, e.g. 张伟、赵敏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="60"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="66"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="68"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="71"/>
        <source>The start time is recorded when you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="72"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="87"/>
        <source>Add a branch first: there is nothing to inspect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="89"/>
        <source>No checklist is installed. Reinstall Inspector or load a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="91"/>
        <source>Enter at least one inspector&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="96"/>
        <source>Every answer is saved at once; you can close the app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoCanvas</name>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="235"/>
        <source>Text on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/annotate.py" line="235"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoMessages</name>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="18"/>
        <source>%1: the file is empty (0 bytes). Copy the photo from the camera again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="21"/>
        <source>%1: this is not a picture Inspector can read. Choose a JPEG, PNG, WebP or HEIC photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="24"/>
        <source>%1: the file is cut short (an interrupted copy). Copy the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="27"/>
        <source>%1: the picture is too large to import safely. Is it really a photo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="30"/>
        <source>%1: the file could not be read or saved. Check that it exists and the disk has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="33"/>
        <source>%1: this picture format is not supported. Save it as JPEG and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="37"/>
        <source>%1: the photo could not be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="44"/>
        <source>from the camera (EXIF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="45"/>
        <source>from the file&apos;s date (the camera recorded no time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="54"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/messages.py" line="79"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPlacement</name>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="59"/>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="102"/>
        <source>The camera recorded no time; this is the file&apos;s date, so the match may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="107"/>
        <source>— Kept with the inspection (no item) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/placement.py" line="131"/>
        <source>The photo was not moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="65"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="67"/>
        <source>Choose photo files (JPEG, PNG, WebP, HEIC); you can also drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="69"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="70"/>
        <source>Paste a copied picture or copied photo files (Ctrl+V).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="72"/>
        <source>Camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="76"/>
        <source>From phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="79"/>
        <source>Attach photos taken with a phone: each goes to the item answered when it was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="83"/>
        <source>Photos kept with the inspection but not placed on any item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="112"/>
        <source>No photos for this item yet. Drop photos here, paste one, or use Add photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="129"/>
        <source>Paste a photo from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="153"/>
        <source>Taken: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="193"/>
        <source>Unassigned photos (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="213"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="316"/>
        <source>Remove %1 from this item?

The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="318"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="324"/>
        <source>The photo was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="48"/>
        <source>← Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="50"/>
        <source>Next →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="52"/>
        <source>Mark up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="55"/>
        <source>Remove photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="58"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="84"/>
        <source>No photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="94"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="96"/>
        <source>Photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="125"/>
        <location filename="../../inspector/ui/photos/viewer.py" line="129"/>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="126"/>
        <source>Remove %1 from this inspection?

The removal is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="135"/>
        <source>The photo was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="163"/>
        <source>This inspection is signed; its photos can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="176"/>
        <source>Taken: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="179"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="180"/>
        <source>Original file: %1  (%2 × %3 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/viewer.py" line="187"/>
        <source>Location (GPS): %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTools</name>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="71"/>
        <source>Start stopwatch  [W]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="83"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="100"/>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="104"/>
        <source>Queue count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="108"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="110"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="123"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="140"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="205"/>
        <source>Waiting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="225"/>
        <source>Queue count %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="245"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="266"/>
        <source>%1  wait %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="273"/>
        <source>%1  %2 waiting, %3 windows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="104"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="105"/>
        <source>Year score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="105"/>
        <source>Quarter score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/dashboard.py" line="106"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RectificationsModel</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="72"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="73"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="87"/>
        <source>Closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="88"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="92"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="94"/>
        <source>%n follow-up(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RectificationsWidget</name>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="156"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="159"/>
        <source>Close with note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="161"/>
        <source>Start follow-up inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="166"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="168"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="200"/>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="210"/>
        <source>%1 shown · %2 overdue · %3 due within %4 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="216"/>
        <source>No rectifications here. They are agreed with the branch head when an inspection with failed items is signed, and arrive with imported inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="265"/>
        <source>Could not close the rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/headoffice/rectifications.py" line="271"/>
        <source>Could not start the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWidget</name>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="237"/>
        <source>%1 · %2 · inspectors: %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="247"/>
        <source>Score %1, grade %2. %3 failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="253"/>
        <source>A critical item failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="259"/>
        <source>For each failure, agree who fixes it and by when, then press Agree. The branch head can sign once every failure has an agreed owner and deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="273"/>
        <source>%1  (−%2 points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="297"/>
        <source>No failures: nothing needs rectifying. The inspection can be signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="329"/>
        <source>Rectification owner missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="330"/>
        <source>Enter who fixes “%1” before agreeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="337"/>
        <source>Deadline in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="338"/>
        <source>The deadline for “%1” is before today; choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/review.py" line="346"/>
        <source>The rectification could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="36"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="36"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="72"/>
        <source>Grade %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="81"/>
        <source>%1 of %2 checked · −%3 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/score_panel.py" line="90"/>
        <source>Critical item failed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="42"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="50"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="51"/>
        <source>Applied at once; open dialogs keep their language until closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="58"/>
        <source>e.g. 张伟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="60"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="63"/>
        <source>Recorded as the author of every change in the audit log, and proposed as inspector for new inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="73"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="83"/>
        <location filename="../../inspector/ui/signoff/wiring.py" line="25"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="84"/>
        <source>Inspections list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="85"/>
        <source>Start a new inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="86"/>
        <source>Settings (language, your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="87"/>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="88"/>
        <source>Quit Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="89"/>
        <source>Search inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="90"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="91"/>
        <source>Open the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="92"/>
        <source>Add a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="94"/>
        <source>Close the inspection, back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="96"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="24"/>
        <source>Export the inspection&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="132"/>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="140"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="141"/>
        <source>Branch head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="146"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="148"/>
        <source>Start correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="149"/>
        <source>Create a new draft linked to this signed inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="150"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="207"/>
        <source>Finish the inspection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="211"/>
        <source>agree owner and deadline for %n failure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="213"/>
        <source>Still missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="224"/>
        <source>Signed by the inspector and the branch head. This inspection is locked and can no longer change; export the signed report now, or start a correction to record changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="234"/>
        <source>This inspection is still a draft. Finish it in the checklist before signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="241"/>
        <source>Read the findings with the branch head and agree each rectification; then both sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="243"/>
        <source>Every rectification is agreed. The inspector and the branch head can sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="258"/>
        <source>Cannot sign yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="273"/>
        <source>The signature could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="287"/>
        <source>The correction could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../inspector/ui/signoff/signature_pad.py" line="164"/>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/signature_pad.py" line="166"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignerCard</name>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="49"/>
        <source>1. Inspector signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="49"/>
        <source>2. Branch head signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="54"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="57"/>
        <source>Role or job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="62"/>
        <source>Sign as inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="62"/>
        <source>Sign as branch head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="76"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="94"/>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="96"/>
        <source>the drawn signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/sign_dialog.py" line="109"/>
        <source>✓ Signed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignoffController</name>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="53"/>
        <source>&amp;Review and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="56"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="60"/>
        <source>Start &amp;correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="62"/>
        <source>Signing &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="64"/>
        <source>&amp;Verify a report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="100"/>
        <source>Finish the inspection first, then review it with the branch head and sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="102"/>
        <source>Review the failures with the branch head, agree rectifications, sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="107"/>
        <source>A new draft linked to this signed inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="139"/>
        <source>Inspection finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="141"/>
        <source>Next, read the findings with the branch head, agree who fixes each failure and by when, and sign together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="144"/>
        <source>Review and sign now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="145"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="161"/>
        <source>Review and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="162"/>
        <source>This inspection is still a draft. Finish it first (Ctrl+F in the checklist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="184"/>
        <source>Signed and locked. Export the report next (Ctrl+E).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="197"/>
        <source>Correction started: a new draft linked to the signed inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/wiring.py" line="207"/>
        <source>The correction could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="37"/>
        <source>Write sync &amp;bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="40"/>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="43"/>
        <source>Export data for &amp;analysts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="46"/>
        <source>Export &amp;history of the selected inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="65"/>
        <source>No sync bundle written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="122"/>
        <source>Making photo previews of the imported inspections: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="129"/>
        <source>Photo previews could not be made (%1); they are made when a photo is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../inspector/ui/sync/wiring.py" line="132"/>
        <source>%n photo(s) could not be decoded for a preview; their originals are kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/wiring.py" line="135"/>
        <source>Photo previews are ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncDialogs</name>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="69"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="75"/>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="77"/>
        <source>Show this folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/common.py" line="106"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="30"/>
        <source>Sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="31"/>
        <source>PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/sync/exports_panel.py" line="48"/>
        <source>Bundled %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnassignedDialog</name>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="21"/>
        <source>Unassigned photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="26"/>
        <source>These photos are kept with the inspection but belong to no item. Choose an item for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="28"/>
        <source>Every photo of this inspection is on an item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/photos/unassigned.py" line="36"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="27"/>
        <source>Valid: signed and unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="32"/>
        <source>Altered: the report changed after it was signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="38"/>
        <source>Invalid: the signing certificate cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="44"/>
        <source>Unknown signer: intact, but the key is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="50"/>
        <source>Unsigned: this PDF has no digital signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="56"/>
        <source>Unreadable: not a PDF, or the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="71"/>
        <source>Verify a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="75"/>
        <source>The signed PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="78"/>
        <source>Folder of trusted certificates (.pem); optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="79"/>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="81"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="83"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="90"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="91"/>
        <source>Trust folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="124"/>
        <source>Without a trust folder a signature can only be shown as intact, not as trusted. Head office keeps the certificates (.pem) of its inspectors in one folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="131"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="149"/>
        <source>Report to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="149"/>
        <source>PDF reports (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="156"/>
        <source>Folder of trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="188"/>
        <source>Signed by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="190"/>
        <source>Signed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/signoff/verify_dialog.py" line="192"/>
        <source>Key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="86"/>
        <source>The checklist for inspection {id} cannot be shown: the workspace is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="94"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="89"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="163"/>
        <source>Occurrences %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="92"/>
        <source>Staff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="94"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="166"/>
        <source>Repeat finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="246"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="30"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="134"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="31"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="135"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="32"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="136"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="33"/>
        <source>Clear to unchecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="34"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="35"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="36"/>
        <source>Next unchecked item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="37"/>
        <source>One more occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="38"/>
        <source>One occurrence less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="39"/>
        <source>Repeat finding on/off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="40"/>
        <source>Staff member concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="41"/>
        <source>Write a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="42"/>
        <source>Show or hide the hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="45"/>
        <source>Start a stopwatch (ticket taken)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="52"/>
        <source>Stop the oldest stopwatch (customer called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="57"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="58"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="63"/>
        <source>Finish the inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="66"/>
        <source>Show or hide the score and queue panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="70"/>
        <source>Back to the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/actions.py" line="74"/>
        <source>Go to area %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="137"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="250"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="281"/>
        <source>This inspection is signed and can no longer change. To correct it, start a correction from the inspection list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="287"/>
        <source>This inspection is finished. Changes are still saved until it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
