<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../inspector/app.py" line="75"/>
        <source>A checklist shipped with Inspector is invalid; reinstall Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="81"/>
        <source>Inspector is already open on this data folder:
{path}

Switch to the open window. To work on other data, start Inspector with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="88"/>
        <source>Inspector cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/app.py" line="90"/>
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
        <location filename="../../inspector/ui/branches.py" line="35"/>
        <source>Add branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="35"/>
        <source>Edit branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="46"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="47"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="48"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="49"/>
        <source>Head of branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="50"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="53"/>
        <source>e.g. 城东支行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="54"/>
        <source>e.g. 0101</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="55"/>
        <source>Street and number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="56"/>
        <source>Who signs for the branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="57"/>
        <source>e.g. 城区</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="69"/>
        <source>* required. The code must be unique, e.g. the bank&apos;s branch number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="74"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="76"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchesPanel</name>
    <message>
        <location filename="../../inspector/ui/branches.py" line="119"/>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="127"/>
        <source>No branches yet. Add the branches you inspect, or load demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="133"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="136"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/branches.py" line="149"/>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="96"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="101"/>
        <source>Everything in Inspector can be done from the keyboard. Press F1 or ? to see this list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="117"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="117"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="147"/>
        <source>Close</source>
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
        <location filename="../../inspector/ui/errors.py" line="30"/>
        <source>The database file
{path}
cannot be written (it is read-only).

Make the file and its folder writable, or copy them to a writable folder, then start again. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="33"/>
        <source>The database file
{path}
was written by a newer version of Inspector.

Install the newer version to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="35"/>
        <source>Another program is writing to
{path}

Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="36"/>
        <source>The disk holding
{path}
is full. Nothing of this change was saved.

Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="38"/>
        <source>This inspection is signed and can no longer change.

Start a correction to record changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="40"/>
        <source>This entry already exists.

Choose another code or edit the existing entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="41"/>
        <source>The record you asked for no longer exists in
{path}

Refresh the list and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="42"/>
        <source>The change was refused because some of the data is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="44"/>
        <source>The database
{path}
reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="51"/>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <location filename="../../inspector/ui/errors.py" line="55"/>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="54"/>
        <source>A file could not be read or written:
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="55"/>
        <source>Something went wrong. Your data up to the last change is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/errors.py" line="72"/>
        <location filename="../../inspector/ui/errors.py" line="82"/>
        <source>OK</source>
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
    <name>InspectionsModel</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="109"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="138"/>
        <source>Inspection {id}
Inspectors: {names}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionsView</name>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="186"/>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="229"/>
        <source>Search branch, code, inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>All dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="234"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="235"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="235"/>
        <source>From … to …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="243"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="244"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="245"/>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="246"/>
        <location filename="../../inspector/ui/inspections_view.py" line="299"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="285"/>
        <source>New inspection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="288"/>
        <source>Load demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="292"/>
        <source>No inspections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="293"/>
        <source>Press Ctrl+N to start one, or load demo data to look around first.
Add your branches on the left; every change is saved at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="303"/>
        <source>No inspections match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/inspections_view.py" line="304"/>
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
        <location filename="../../inspector/ui/workspace/item_panel.py" line="198"/>
        <source>Note: what you saw (E or Enter to write, Esc to leave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="162"/>
        <source>Note [E]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="164"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="180"/>
        <source>  ★ critical: a failure fails the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="183"/>
        <source>Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="202"/>
        <source>−%1 per occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="204"/>
        <source>−%1 per person and occurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="206"/>
        <source>+%1 for the person in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="208"/>
        <source>at most −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="236"/>
        <source>%1 waits timed, %2 over %3 min. Start a stopwatch with W (queue tools, right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="241"/>
        <source>%1 counts recorded (limit %2 waiting per open window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/item_panel.py" line="246"/>
        <source>Last: %1 waiting, %2 windows open.</source>
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
        <location filename="../../inspector/ui/main_window.py" line="122"/>
        <location filename="../../inspector/ui/main_window.py" line="405"/>
        <source>Inspector: branch service inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="161"/>
        <source>Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="180"/>
        <source>&amp;New inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="181"/>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="182"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="183"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="184"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="185"/>
        <source>&amp;Search inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="186"/>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="187"/>
        <source>Add &amp;branch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="188"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="189"/>
        <source>&amp;About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="190"/>
        <source>&amp;Close inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="196"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="201"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="205"/>
        <source>&amp;Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="207"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="213"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="236"/>
        <source>{count} inspections shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="246"/>
        <source>Add a branch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="247"/>
        <source>An inspection belongs to a branch. Add the branch you are visiting now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="267"/>
        <location filename="../../inspector/ui/main_window.py" line="277"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="267"/>
        <source>Demo data is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="276"/>
        <source>Loading demo data: branches, inspections and photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="292"/>
        <source>The demo data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="298"/>
        <source>Demo data loaded: {count} inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="323"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="328"/>
        <source>About Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="329"/>
        <source>Inspector: service-quality inspections of bank branches, offline.

Data folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="354"/>
        <source>{branch} - Inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInspectionDialog</name>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="40"/>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="56"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="62"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="66"/>
        <source>Names separated by commas, e.g. 张伟、赵敏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="69"/>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="74"/>
        <source>{title} (version {version})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="76"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="79"/>
        <source>The start time is recorded when you press Start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="80"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="88"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="90"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="100"/>
        <source>Add a branch first: there is nothing to inspect yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="102"/>
        <source>No checklist is installed. Reinstall Inspector or load a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="104"/>
        <source>Enter at least one inspector&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/new_inspection.py" line="109"/>
        <source>Every answer is saved at once; you can close the app at any time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../inspector/ui/workspace/photo_strip.py" line="38"/>
        <source>No photos for this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueTools</name>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="62"/>
        <source>Start stopwatch  [W]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="74"/>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="91"/>
        <source>Record count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="95"/>
        <source>Queue count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="99"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="101"/>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="114"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="128"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="170"/>
        <source>Waiting time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="190"/>
        <source>Queue count %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="210"/>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="231"/>
        <source>%1  wait %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/queue_tools.py" line="238"/>
        <source>%1  %2 waiting, %3 windows</source>
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
        <location filename="../../inspector/ui/settings_dialog.py" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="60"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="61"/>
        <source>Applied at once; open dialogs keep their language until closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="68"/>
        <source>e.g. 张伟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="70"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="71"/>
        <source>Recorded as the author of every change in the audit log, and proposed as inspector for new inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="79"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/settings_dialog.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="76"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="77"/>
        <source>Inspections list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="78"/>
        <source>Start a new inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="79"/>
        <source>Settings (language, your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="80"/>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="81"/>
        <source>Quit Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="82"/>
        <source>Search inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="83"/>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="84"/>
        <source>Open the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="85"/>
        <source>Add a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="86"/>
        <source>Close the inspection, back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/shortcuts.py" line="87"/>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePlaceholder</name>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="67"/>
        <source>The checklist for inspection {id} cannot be shown: the workspace is not part of this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/main_window.py" line="73"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceWidget</name>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="86"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="160"/>
        <source>Occurrences %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="89"/>
        <source>Staff %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="91"/>
        <location filename="../../inspector/ui/workspace/widget.py" line="163"/>
        <source>Repeat finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="243"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="131"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="132"/>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="133"/>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="134"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="247"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="278"/>
        <source>This inspection is signed and can no longer change. To correct it, start a correction from the inspection list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../inspector/ui/workspace/widget.py" line="284"/>
        <source>This inspection is finished. Changes are still saved until it is signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
