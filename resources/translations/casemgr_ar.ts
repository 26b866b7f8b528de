<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>عُدّل</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>حُذف</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>فتح ملف الحالة</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>طُبع</translation>
    </message>
    <message>
        <source>Saved a copy of the file</source>
        <translation>حفظ نسخة من الملف</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF</source>
        <translation>حفظ ملخص الحالة بصيغة PDF</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF (redacted)</source>
        <translation>حفظ ملخص الحالة بصيغة PDF (مع حجب البيانات)</translation>
    </message>
    <message>
        <source>Printed the case summary</source>
        <translation>طبع ملخص الحالة</translation>
    </message>
    <message>
        <source>Printed the case summary (redacted)</source>
        <translation>طبع ملخص الحالة (مع حجب البيانات)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(فارغ)</translation>
    </message>
    <message>
        <source>Received by sync</source>
        <translation>استُلم عبر المزامنة</translation>
    </message>
    <message>
        <source>Changed the risk: {old} → {new}</source>
        <translation>غيّر مستوى الخطر: {old} ← {new}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>. Reason: {reason}</source>
        <translation>. السبب: {reason}</translation>
    </message>
    <message>
        <source>; also changed: {fields}</source>
        <translation>؛ وعُدّل أيضًا: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>عُدّل: {fields}</translation>
    </message>
    <message>
        <source>Answer {question}: {old} → {new}</source>
        <translation>الإجابة {question}: {old} ← {new}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln change)</source>
        <translation>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغييرات)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln changes)</source>
        <translation>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغييرات)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
            <numerusform>بانتظار المزامنة (%Ln تغيير)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced (revision {rev})</source>
        <translation>تمت المزامنة (المراجعة {rev})</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>غير متزامن</translation>
    </message>
    <message>
        <source>Emergency access until {time}. This case is not in your caseload: everything you do in it is recorded, your supervisor has been told, and it leaves this computer when the access ends.</source>
        <translation>وصول طارئ حتى {time}. هذه الحالة ليست ضمن حالاتك: كل ما تفعله فيها مسجَّل، وقد أُبلغ مشرفك، وستُزال من هذا الحاسوب عند انتهاء الوصول.</translation>
    </message>
    <message>
        <source>Ending emergency access needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>يتطلب إنهاء الوصول الطارئ اتصالاً بالخادم الذي يقرّره ويسجّله. اتصل بالشبكة وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>This emergency access has already ended.</source>
        <translation>انتهى هذا الوصول الطارئ بالفعل.</translation>
    </message>
    <message>
        <source>Only the case&apos;s supervisor or an administrator may end someone else&apos;s emergency access.</source>
        <translation>لا يجوز إلا لمشرف الحالة أو للمسؤول إنهاء الوصول الطارئ لشخص آخر.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>متأخرة</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>مستحقة اليوم</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>قادمة</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>منجزة</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ملغاة</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>→ الحالات</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>العودة إلى القائمة (Esc)</translation>
    </message>
    <message>
        <source>End emergency access</source>
        <translation>إنهاء الوصول الطارئ</translation>
    </message>
    <message>
        <source>You no longer need this case: it leaves this computer now, and your supervisor sees that you ended the access. Needs a connection to the server.</source>
        <translation>لم تعد بحاجة إلى هذه الحالة: ستُزال من هذا الحاسوب الآن، وسيرى مشرفك أنك أنهيت الوصول. يتطلب اتصالاً بالخادم.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم الحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>الخطر</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>الأخصائي الاجتماعي</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>فُتحت في</translation>
    </message>
    <message>
        <source>Consent or legal basis</source>
        <translation>الموافقة أو الأساس القانوني</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>الموافقة مقدمة من</translation>
    </message>
    <message>
        <source>Protection concerns</source>
        <translation>مخاوف الحماية</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>الإغلاق</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Disclosure of abuse</source>
        <translation>الإفصاح عن الإساءة</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>الإجراءات القانونية</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>أفراد الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Person id {id}</source>
        <translation>معرّف الشخص {id}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>about {age} years</source>
        <translation>حوالي {age} سنة</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>آخر مرة شوهد فيها</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>صلة القرابة</translation>
    </message>
    <message>
        <source>School</source>
        <translation>المدرسة</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation>الحالة بالنسبة لفيروس نقص المناعة</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Children seen</source>
        <translation>الأطفال الذين شوهدوا</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>مخاوف تتعلق بالسلامة</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>الحاضرون</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>المتابعة</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>التقييمات</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>أُنجز في</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الاستمارة</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Suggested risk</source>
        <translation>الخطر المقترح</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read an assessment with every answer</source>
        <translation>انقر نقرًا مزدوجًا أو اضغط Enter لقراءة التقييم بكل إجاباته</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>خطة الحالة</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>طلبات الموافقة</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>مقدَّم من</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>تاريخ الطلب</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>قرره</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>الإحالات</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>الطفل</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>درجة الاستعجال</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>أُرسلت في</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>مسجلة</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>استثناء: {reason}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>غير مسجل</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>المهام</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>المهمة</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الاستحقاق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الوضع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مسندة إلى</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>كُتبت في</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Write a note about this case (Ctrl+Enter adds it)</source>
        <translation>اكتب ملاحظة عن هذه الحالة (Ctrl+Enter لإضافتها)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>المرفقات</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>Files are kept encrypted on this device and synced with the case. “Save a copy” writes a decrypted copy where you choose.</source>
        <translation>تُحفظ الملفات مشفرة على هذا الجهاز وتُزامن مع الحالة. «حفظ نسخة» يكتب نسخة غير مشفرة في المكان الذي تختاره.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Who opened this case is kept on the server: the access log is available when online.</source>
        <translation>سجل من فتح هذه الحالة محفوظ على الخادم: سجل الوصول متاح عند الاتصال.</translation>
    </message>
    <message>
        <source>This workspace has no server: nobody else opens its cases, and no access log is kept beyond the History tab.</source>
        <translation>لا خادم لمساحة العمل هذه: لا أحد غيرك يفتح حالاتها، ولا يُحفظ سجل وصول سوى تبويب السجل.</translation>
    </message>
    <message>
        <source>Only the supervisors of this case&apos;s team and administrators see who opened it.</source>
        <translation>لا يرى من فتح هذه الحالة إلا مشرفو فريقها والمسؤولون.</translation>
    </message>
    <message>
        <source>The server does not have this case yet: it gets it at the next sync.</source>
        <translation>لا يملك الخادم هذه الحالة بعد: سيتلقاها عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>The access log could not be read: {why}</source>
        <translation>تعذّرت قراءة سجل الوصول: {why}</translation>
    </message>
    <message>
        <source>Exported the case</source>
        <translation>صدّر الحالة</translation>
    </message>
    <message>
        <source>{what} ({record})</source>
        <translation>{what} ({record})</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>بالأسماء</translation>
    </message>
    <message>
        <source>device …{device}</source>
        <translation>الجهاز …{device}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Ask the server again who opened this case</source>
        <translation>اسأل الخادم مجددًا عمّن فتح هذه الحالة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Asking the server who opened this case…</source>
        <translation>جارٍ سؤال الخادم عمّن فتح هذه الحالة…</translation>
    </message>
    <message>
        <source>Nobody has opened, printed or exported this case on a device that has synced since.</source>
        <translation>لم يفتح أحد هذه الحالة أو يطبعها أو يصدّرها على جهاز تمت مزامنته منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times; the {shown} latest, newest first.</source>
        <translation>فُتحت أو طُبعت أو صُدّرت {total} مرة؛ أحدث {shown} منها، الأحدث أولًا.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times, newest first (as the devices told the server at their syncs).</source>
        <translation>فُتحت أو طُبعت أو صُدّرت {total} مرة، الأحدث أولًا (كما أبلغت الأجهزة الخادم عند مزامنتها).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>المزامنة</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>اختر إدخالًا لترى ما الذي تغير.</translation>
    </message>
    <message>
        <source>{case_number} · {name} family</source>
        <translation>{case_number} · أسرة {name}</translation>
    </message>
    <message>
        <source>{who} on {date}</source>
        <translation>{who} في {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: </source>
        <translation>أُغلقت في {date}: </translation>
    </message>
    <message>
        <source>Tasks ({count} overdue)</source>
        <translation>المهام ({count} متأخرة)</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>جارٍ قراءة سجل التدقيق…</translation>
    </message>
    <message>
        <source>{count} entries in the history of this case&apos;s records: what was done here (the audit log) and what was received by sync. Select one to see each field it changed.</source>
        <translation>{count} إدخالات في سجل هذه الحالة: ما تم هنا (سجل التدقيق) وما استُلم عبر المزامنة. اختر إدخالًا لترى كل حقل تغيّر.</translation>
    </message>
    <message>
        <source>Not seen on a visit yet</source>
        <translation>لم يُشاهد في زيارة بعد</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day ago)</source>
        <translation>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln أيام)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln days ago)</source>
        <translation>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln أيام)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
            <numerusform>{date} (منذ %Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا أحد</translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln day</source>
        <translation>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln أيام</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln days</source>
        <translation>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln أيام</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
            <numerusform>{state} بـ%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولًا.</translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation>لم تُحفظ الملاحظة.</translation>
    </message>
    <message>
        <source>The file has not been downloaded to this device yet; it arrives with the next sync.</source>
        <translation>لم يُنزَّل الملف إلى هذا الجهاز بعد؛ سيصل مع المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Select a visit in the Visits tab.</source>
        <translation>اختر زيارة في تبويب الزيارات.</translation>
    </message>
    <message>
        <source>Select an assessment in the Assessments tab.</source>
        <translation>اختر تقييمًا في تبويب التقييمات.</translation>
    </message>
    <message>
        <source>Select a draft referral in the Referrals tab.</source>
        <translation>اختر إحالة مسودة في تبويب الإحالات.</translation>
    </message>
    <message>
        <source>Select an open task in the Tasks tab.</source>
        <translation>اختر مهمة مفتوحة في تبويب المهام.</translation>
    </message>
    <message>
        <source>&amp;Register a family…</source>
        <translation>&amp;تسجيل أسرة…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>تسجيل &amp;زيارة…</translation>
    </message>
    <message>
        <source>Run an &amp;assessment…</source>
        <translation>إجراء &amp;تقييم…</translation>
    </message>
    <message>
        <source>Change the ris&amp;k level…</source>
        <translation>تغيير مستوى ال&amp;خطر…</translation>
    </message>
    <message>
        <source>&amp;Refer to a service…</source>
        <translation>إ&amp;حالة إلى خدمة…</translation>
    </message>
    <message>
        <source>&amp;Send the referral</source>
        <translation>إ&amp;رسال الإحالة</translation>
    </message>
    <message>
        <source>Record the provider&apos;s &amp;answer…</source>
        <translation>تسجيل &amp;رد مقدم الخدمة…</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>إلغاء الإحالة</translation>
    </message>
    <message>
        <source>Add a &amp;task…</source>
        <translation>إضافة &amp;مهمة…</translation>
    </message>
    <message>
        <source>Make a task of the &amp;follow-up</source>
        <translation>تحويل ال&amp;متابعة إلى مهمة</translation>
    </message>
    <message>
        <source>&amp;Mark the task done</source>
        <translation>&amp;وضع علامة على المهمة كمنجزة</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>إلغاء المهمة</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>كتابة &amp;ملاحظة</translation>
    </message>
    <message>
        <source>Request &amp;closure…</source>
        <translation>طلب إ&amp;غلاق…</translation>
    </message>
    <message>
        <source>Decide on the case &amp;plan…</source>
        <translation>البت في &amp;خطة الحالة…</translation>
    </message>
    <message>
        <source>Decide on the c&amp;losure…</source>
        <translation>البت في الإ&amp;غلاق…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn the case…</source>
        <translation>إعادة إ&amp;سناد الحالة…</translation>
    </message>
    <message>
        <source>Re&amp;open the case</source>
        <translation>إعادة &amp;فتح الحالة</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>إرفاق &amp;ملف…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>حفظ &amp;نسخة…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>حفظ الملخص بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>طباعة المل&amp;خص…</translation>
    </message>
    <message>
        <source>Read the &amp;assessment…</source>
        <translation>قراءة ال&amp;تقييم…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>فتح…</translation>
    </message>
    <message>
        <source>&amp;Edit the visit…</source>
        <translation>&amp;تعديل الزيارة…</translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation>تعديل التقييم…</translation>
    </message>
    <message>
        <source>Edit the referral…</source>
        <translation>تعديل الإحالة…</translation>
    </message>
    <message>
        <source>Edit the task…</source>
        <translation>تعديل المهمة…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>تعديل…</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>الحالة مغلقة.</translation>
    </message>
    <message>
        <source>Select a file in the Attachments tab.</source>
        <translation>اختر ملفًا في تبويب المرفقات.</translation>
    </message>
    <message>
        <source>Select a visit that noted a follow-up in the Visits tab.</source>
        <translation>اختر زيارة دُوّنت فيها متابعة في تبويب الزيارات.</translation>
    </message>
    <message>
        <source>Only an open or active case can be closed.</source>
        <translation>لا يمكن إغلاق إلا حالة مفتوحة أو نشطة.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>الحالة ليست مغلقة.</translation>
    </message>
    <message>
        <source>Select a sent or accepted referral in the Referrals tab.</source>
        <translation>اختر إحالة مرسلة أو مقبولة في تبويب الإحالات.</translation>
    </message>
    <message>
        <source>Select a referral in progress in the Referrals tab.</source>
        <translation>اختر إحالة جارية في تبويب الإحالات.</translation>
    </message>
    <message>
        <source>Register a family and open a new case</source>
        <translation>تسجيل أسرة وفتح حالة جديدة</translation>
    </message>
    <message>
        <source>Save the case summary as PDF</source>
        <translation>حفظ ملخص الحالة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln page) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (صفحة واحدة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (صفحتان) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحات) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln pages) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (صفحة واحدة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (صفحتان) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحات) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
            <numerusform>حُفظ ملخص الحالة (%Ln صفحة) في {path}. الملف غير مشفّر: احذفه عندما لا تعود بحاجة إليه.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case summary was sent to the printer.</source>
        <translation>أُرسل ملخص الحالة إلى الطابعة.</translation>
    </message>
    <message>
        <source>Unlock the workspace first.</source>
        <translation>افتح قفل مساحة العمل أولًا.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>افتح حالة أولًا.</translation>
    </message>
    <message>
        <source>Your role does not allow this on this case.</source>
        <translation>لا يسمح دورك بهذا في هذه الحالة.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>لا شيء بانتظار قرار.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request.</source>
        <translation>لا يمكنك البت في طلبك أنت.</translation>
    </message>
    <message>
        <source>The change was not saved because of an internal error.</source>
        <translation>لم يُحفظ التغيير بسبب خطأ داخلي.</translation>
    </message>
    <message>
        <source>Run an assessment</source>
        <translation>إجراء تقييم</translation>
    </message>
    <message>
        <source>Which assessment form? (The forms for this case&apos;s stage come first.)</source>
        <translation>أي استمارة تقييم؟ (تظهر أولًا استمارات المرحلة الحالية لهذه الحالة.)</translation>
    </message>
    <message>
        <source>The assessment suggests {risk}; the case is recorded as {risk2}. Use “Change the risk level” (Ctrl+Shift+K) if you agree.</source>
        <translation>يقترح التقييم: {risk}؛ والحالة مسجلة بـ: {risk2}. استخدم «تغيير مستوى الخطر» (Ctrl+Shift+K) إن كنت توافق.</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk}, as the assessment suggested.</source>
        <translation>سُجلت الحالة الآن بـ: {risk}، كما اقترح التقييم.</translation>
    </message>
    <message>
        <source>The assessment just saved suggests {risk}.</source>
        <translation>يقترح التقييم المحفوظ للتو: {risk}.</translation>
    </message>
    <message>
        <source>Correct the visit</source>
        <translation>تصحيح الزيارة</translation>
    </message>
    <message>
        <source>Correct the task</source>
        <translation>تصحيح المهمة</translation>
    </message>
    <message>
        <source>Correct the referral</source>
        <translation>تصحيح الإحالة</translation>
    </message>
    <message>
        <source>Cancel the referral?</source>
        <translation>إلغاء الإحالة؟</translation>
    </message>
    <message>
        <source>The referral is kept in the case file as cancelled.</source>
        <translation>تبقى الإحالة في ملف الحالة بوصفها ملغاة.</translation>
    </message>
    <message>
        <source>Task added: “{title}”, due {date}.</source>
        <translation>أُضيفت المهمة: «{title}»، تستحق في {date}.</translation>
    </message>
    <message>
        <source>The note was not saved (internal error).</source>
        <translation>لم تُحفظ الملاحظة (خطأ داخلي).</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>المهام المفتوحة</translation>
    </message>
    <message>
        <source>Referrals in progress</source>
        <translation>الإحالات الجارية</translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open task</source>
        <translation>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهام مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open tasks</source>
        <translation>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهام مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
            <numerusform> مع %Ln مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source> They leave the previous worker&apos;s laptop at its next sync.</source>
        <translation> ستُزال من حاسوب الأخصائي السابق عند مزامنته التالية.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالات إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالات إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
            <numerusform>أُسندت %Ln حالة إلى {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a decrypted copy?</source>
        <translation>حفظ نسخة غير مشفرة؟</translation>
    </message>
    <message>
        <source>The copy of “{name}” will not be encrypted: anyone who can open the folder you choose can read it, and it is no longer protected by your workspace password. Save it only where your organisation allows, and delete it when you no longer need it. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>لن تكون نسخة «{name}» مشفرة: يستطيع قراءتها كل من يمكنه فتح المجلد الذي تختاره، ولن تعود محمية بكلمة مرور مساحة عملك. احفظها فقط حيث تسمح مؤسستك، واحذفها عندما لا تعود بحاجة إليها. يُسجَّل الحفظ في سجل تدقيق الحالة.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>اختيار مكان الحفظ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>حفظ نسخة غير مشفرة</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {dest}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>حُفظت نسخة غير مشفرة في {dest}. إنها غير مشفرة: احذفها عندما لا تعود بحاجة إليها.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّث</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>دون تغيير</translation>
    </message>
    <message>
        <source>Left out (closed)</source>
        <translation>مستبعد (مغلق)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>جارٍ سؤال الخادم…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>casemgr makes a temporary password and shows it once, after the user is created: give it to them in person.</source>
        <translation>ينشئ casemgr كلمة مرور مؤقتة ويعرضها مرة واحدة بعد إنشاء المستخدم: سلّمها له شخصيًا.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>إنشاء المستخدم</translation>
    </message>
    <message>
        <source>Change {username}</source>
        <translation>تعديل {username}</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>يمكنه تسجيل الدخول (نشط)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>الوصول</translation>
    </message>
    <message>
        <source>You cannot take away your own access.</source>
        <translation>لا يمكنك سحب صلاحية الوصول الخاصة بك.</translation>
    </message>
    <message>
        <source>Deactivating signs the user out: each of their devices wipes its workspace at its next contact with the server. Changes of role and teams reach their devices at their next sign-in.</source>
        <translation>يؤدي التعطيل إلى تسجيل خروج المستخدم: يمسح كل جهاز من أجهزته مساحة عمله عند اتصاله التالي بالخادم. تصل تغييرات الدور والفرق إلى أجهزته عند تسجيل دخوله التالي.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>حفظ التغييرات</translation>
    </message>
    <message>
        <source>A {role} needs a team: their cases go to its supervisor.</source>
        <translation>يحتاج {role} إلى فريق: تذهب حالاته إلى مشرف الفريق.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>فريق جديد</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>اسم الفريق</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>إنشاء الفريق</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>أعطِ الفريق اسمًا.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة مرور مؤقتة</translation>
    </message>
    <message>
        <source>{user} was created.</source>
        <translation>أُنشئ المستخدم {user}.</translation>
    </message>
    <message>
        <source>The password of {user} was reset; their sessions have ended.</source>
        <translation>أُعيد تعيين كلمة مرور {user}؛ وانتهت جلساته.</translation>
    </message>
    <message>
        <source>{what} Their temporary password is below. It is shown only now: copy it or write it down, and give it to them in person.</source>
        <translation>{what} كلمة المرور المؤقتة أدناه. لا تُعرض إلا الآن: انسخها أو دوّنها وسلّمها شخصيًا.</translation>
    </message>
    <message>
        <source>Temporary password of {user}</source>
        <translation>كلمة المرور المؤقتة لـ {user}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>{user} signs in with it on their device; their workspace then has its own password. casemgr does not keep this one.</source>
        <translation>يسجّل {user} الدخول بها على جهازه؛ ثم تصبح لمساحة عمله كلمة مرور خاصة بها. لا يحتفظ casemgr بهذه الكلمة.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>اختر ملفًا أولًا.</translation>
    </message>
    <message>
        <source>Publish a form version</source>
        <translation>نشر إصدار من استمارة</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>نشر</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>تعريف الاستمارة</translation>
    </message>
    <message>
        <source>Choose the JSON file of the new form version (docs/forms.md). Its version must be above every published one; published versions never change. Devices receive it at their next sync, and assessments already filled in keep the version they were filled in with.</source>
        <translation>اختر ملف JSON للإصدار الجديد من الاستمارة (docs/forms.md). يجب أن يكون رقم إصداره أعلى من كل الإصدارات المنشورة؛ فالإصدارات المنشورة لا تتغير أبدًا. تتلقاه الأجهزة عند مزامنتها التالية، وتحتفظ التقييمات المعبأة سابقًا بالإصدار الذي عُبئت به.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>Form definitions (*.json)</source>
        <translation>تعريفات الاستمارات (*.json)</translation>
    </message>
    <message>
        <source>Published {form_id!r} version {version}. Devices receive it at their next sync.</source>
        <translation>نُشر الإصدار {version} من {form_id!r}. تتلقاه الأجهزة عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>استيراد دليل الخدمات</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>ملف الدليل</translation>
    </message>
    <message>
        <source>Choose an Open Referral HSDS 3.0 JSON file, the folder of an HSDS CSV data package (or its .zip), or a CSV file: an HSDS services.csv or organizations.csv, or a plain list of providers (a name column, and any of organization, services, description, phone, email, address, id). A provider imported before is updated, never duplicated.</source>
        <translation>اختر ملف JSON بصيغة Open Referral HSDS 3.0، أو مجلد حزمة بيانات HSDS بصيغة CSV (أو ملف ‎.zip الخاص بها)، أو ملف CSV: ملف services.csv أو organizations.csv بصيغة HSDS، أو قائمة بسيطة بمقدمي الخدمات (عمود name، وأي من organization وservices وdescription وphone وemail وaddress وid). يُحدَّث مقدم الخدمة المستورد سابقًا ولا يُكرَّر أبدًا.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>اختيار مجلد…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>HSDS JSON, CSV or zip (*.json *.csv *.zip)</source>
        <translation>HSDS JSON أو CSV أو zip (*.json *.csv *.zip)</translation>
    </message>
    <message>
        <source>Folder of the HSDS CSV data package</source>
        <translation>مجلد حزمة بيانات HSDS بصيغة CSV</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} مضاف</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} محدَّث</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} دون تغيير</translation>
    </message>
    <message>
        <source>{count} left out as closed</source>
        <translation>{count} مستبعد لأنه مغلق</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} مرفوض</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>تم الاستيراد: {counts}.</translation>
    </message>
    <message>
        <source> Each refused row says why; correct them and import the file again.</source>
        <translation> يبيّن كل صف مرفوض السبب؛ صحّحها واستورد الملف مجددًا.</translation>
    </message>
    <message>
        <source> Columns not imported (no provider field): {columns}.</source>
        <translation> أعمدة لم تُستورد (لا يقابلها حقل لمقدم الخدمة): {columns}.</translation>
    </message>
    <message>
        <source>Give the person&apos;s id: 36 letters, digits and dashes (a person&apos;s record in the case file shows it).</source>
        <translation>أدخل معرّف الشخص: 36 حرفًا ورقمًا وشرطة (يظهر في سجل الشخص داخل ملف الحالة).</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>طلب الوصول إلى البيانات الشخصية</translation>
    </message>
    <message>
        <source>Everything the server holds about one person — their record, their household, their cases, the records of those cases that concern them, and the audit entries about these — saved to a file to hand over. The file is not encrypted; the request is recorded in the audit logs.</source>
        <translation>كل ما يحتفظ به الخادم عن شخص واحد — سجله وأسرته وحالاته وسجلات تلك الحالات التي تخصه وقيود التدقيق المتعلقة بها — محفوظ في ملف لتسليمه. الملف غير مشفَّر؛ ويُسجَّل الطلب في سجلات التدقيق.</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>معرّف الشخص</translation>
    </message>
    <message>
        <source>PDF, to read</source>
        <translation>PDF، للقراءة</translation>
    </message>
    <message>
        <source>JSON, every field</source>
        <translation>JSON، جميع الحقول</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>حفظ باسم</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Save the subject access as</source>
        <translation>حفظ بيانات الوصول باسم</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>اختر مكان حفظ الملف.</translation>
    </message>
    <message>
        <source>That is a folder; give the file&apos;s name.</source>
        <translation>هذا مجلد؛ أدخل اسم الملف.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>أدخل كلمة المرور للتأكيد.</translation>
    </message>
    <message>
        <source>Saved to {path}. It is not encrypted: hand it over safely and delete your copy.</source>
        <translation>حُفظ في {path}. الملف غير مشفَّر: سلّمه بأمان واحذف نسختك.</translation>
    </message>
    <message>
        <source>Request an erasure</source>
        <translation>طلب محو</translation>
    </message>
    <message>
        <source>Erasing a person deletes their record and every record about them alone — on the server now, and on every device at its next sync; if no one else is left in their household, the whole case. The case&apos;s other people remain. It cannot be undone. Another administrator must approve it.</source>
        <translation>محو شخص يحذف سجله وكل سجل يخصه وحده — على الخادم الآن، وعلى كل جهاز عند مزامنته التالية؛ وإن لم يبقَ أحد غيره في أسرته، فالحالة كلها. يبقى الأشخاص الآخرون في الحالة. لا يمكن التراجع عن ذلك. يجب أن يعتمده مسؤول آخر.</translation>
    </message>
    <message>
        <source>Request the erasure</source>
        <translation>اطلب المحو</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>مقدَّمة</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>made</source>
        <translation>مقدَّم</translation>
    </message>
    <message>
        <source>Decide: {what}</source>
        <translation>البت: {what}</translation>
    </message>
    <message>
        <source> by {requested_by}</source>
        <translation> من {requested_by}</translation>
    </message>
    <message>
        <source> on {requested_at}</source>
        <translation> في {requested_at}</translation>
    </message>
    <message>
        <source>{what} {verb}{who}{when}</source>
        <translation>{what} {verb}{who}{when}</translation>
    </message>
    <message>
        <source>{what} to decide on</source>
        <translation>{what} بانتظار القرار</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>اعتماد</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>تسجيل القرار</translation>
    </message>
    <message>
        <source>Choose to approve or to send back.</source>
        <translation>اختر الاعتماد أو الإعادة.</translation>
    </message>
    <message>
        <source>Say why you are sending it back, so the caseworker knows what to change.</source>
        <translation>اذكر سبب الإعادة حتى يعرف الأخصائي ما يجب تغييره.</translation>
    </message>
    <message>
        <source>Comment *</source>
        <translation>تعليق *</translation>
    </message>
    <message>
        <source>What to change before it can be approved</source>
        <translation>ما يجب تغييره قبل الاعتماد</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>تعليق (إلزامي)</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation>الأسرة ككل</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>بخصوص:</translation>
    </message>
    <message>
        <source>From {name}&apos;s date of birth on file ({date_of_birth}): {age} years.</source>
        <translation>بحسب تاريخ ميلاد {name} المسجل ({date_of_birth}): {age} سنة.</translation>
    </message>
    <message>
        <source>The suggested risk is a prompt for professional judgement, not a decision; the case&apos;s risk level is what the caseworker recorded.</source>
        <translation>الخطر المقترح موجِّه للتقدير المهني وليس قرارًا؛ مستوى خطر الحالة هو ما سجله الأخصائي الاجتماعي.</translation>
    </message>
    <message>
        <source>none (not enough answers)</source>
        <translation>لا شيء (إجابات غير كافية)</translation>
    </message>
    <message>
        <source>Form version {version}</source>
        <translation>إصدار الاستمارة {version}</translation>
    </message>
    <message>
        <source>Completed by {completed_by} on {completed_on}</source>
        <translation>عبّأها {completed_by} في {completed_on}</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>بخصوص: {about}</translation>
    </message>
    <message>
        <source>Score {score} · suggested risk: {risk} (why: at the end)</source>
        <translation>الدرجة {score} · الخطر المقترح: {risk} (السبب في النهاية)</translation>
    </message>
    <message>
        <source>Some answers are restricted: the score and suggested risk are the server&apos;s, from every answer.</source>
        <translation>بعض الإجابات مقيَّدة: الدرجة والخطر المقترح من حساب الخادم، من جميع الإجابات.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scoring rule applied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لم تنطبق أي قاعدة تقييم.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>طباعة…</translation>
    </message>
    <message>
        <source>Print the assessment, or save it as a PDF file (Ctrl+P)</source>
        <translation>طباعة التقييم أو حفظه كملف PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>إرفاق ملف</translation>
    </message>
    <message>
        <source>The file is encrypted into this workspace and synced with the case; the original on disk is left as it is (delete it if it should not stay there).</source>
        <translation>يُشفَّر الملف داخل مساحة العمل هذه ويُزامَن مع الحالة؛ ويبقى الأصل على القرص كما هو (احذفه إن لم يكن ينبغي أن يبقى هناك).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <source>Choose the file to attach</source>
        <translation>اختر الملف المراد إرفاقه</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>اختر الملف المراد إرفاقه.</translation>
    </message>
    <message>
        <source>There is no such file (or it is a folder).</source>
        <translation>لا يوجد هذا الملف (أو أنه مجلد).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>الحقول المعلّمة بـ * إلزامية.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>تجاهل ما كتبته؟</translation>
    </message>
    <message>
        <source>{text} (required)</source>
        <translation>{text} (إلزامي)</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>لم يُحفظ ما كتبته في هذه النافذة.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>متابعة التحرير</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>طلب الإغلاق</translation>
    </message>
    <message>
        <source>Why the case can be closed: goals met, child safe, who follows up</source>
        <translation>لماذا يمكن إغلاق الحالة: تحققت الأهداف، الطفل آمن، من يتولى المتابعة</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>What your supervisor will see</source>
        <translation>ما سيراه مشرفك</translation>
    </message>
    <message>
        <source>The case stays open until a supervisor approves. If it is sent back, you will see the supervisor&apos;s comment.</source>
        <translation>تبقى الحالة مفتوحة حتى يوافق المشرف. وإذا أُعيدت، سترى تعليق المشرف.</translation>
    </message>
    <message>
        <source>Closure requested for case {case}</source>
        <translation>طُلب إغلاق الحالة {case}</translation>
    </message>
    <message>
        <source>{title} ({family})</source>
        <translation>{title} ({family})</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>السبب المذكور:</translation>
    </message>
    <message>
        <source>(no reason yet)</source>
        <translation>(لا سبب بعد)</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>اذكر سبب إغلاق الحالة.</translation>
    </message>
    <message>
        <source>Resolve a conflict: {label}</source>
        <translation>حل تعارض: {label}</translation>
    </message>
    <message>
        <source>“{label}” was changed on two devices at the same time. Choose the value to keep.</source>
        <translation>عُدّل «{label}» على جهازين في الوقت نفسه. اختر القيمة التي تريد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>قبل التغييرين</translation>
    </message>
    <message>
        <source>Where both devices started</source>
        <translation>نقطة انطلاق الجهازين</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>الإبقاء على قيمتي</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على قيمتهم</translation>
    </message>
    <message>
        <source>Keep: {side}</source>
        <translation>الإبقاء على: {side}</translation>
    </message>
    <message>
        <source>Enter a new value</source>
        <translation>أدخل قيمة جديدة</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>الإبقاء</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>القيمة الجديدة</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>الإبقاء على هذه القيمة</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>اختر القيمة المراد الإبقاء عليها.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>What should change for the child, e.g. attends school every day</source>
        <translation>ما يجب أن يتغير للطفل، مثل: يذهب إلى المدرسة كل يوم</translation>
    </message>
    <message>
        <source>Who does what to get there</source>
        <translation>من يفعل ماذا للوصول إلى ذلك</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>تاريخ الاستحقاق</translation>
    </message>
    <message>
        <source>This plan is waiting for a supervisor&apos;s approval. Any change puts it back to draft and withdraws the request: it must be submitted again.</source>
        <translation>هذه الخطة بانتظار موافقة المشرف. أي تغيير يعيدها إلى مسودة ويسحب الطلب: يجب تقديمها من جديد.</translation>
    </message>
    <message>
        <source>This plan is approved. Any change to the summary, the review date or a goal puts it back to draft: it must be submitted and approved again.</source>
        <translation>هذه الخطة معتمدة. أي تغيير في الملخص أو تاريخ المراجعة أو أحد الأهداف يعيدها إلى مسودة: يجب تقديمها واعتمادها من جديد.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>What the plan is for, agreed with the family</source>
        <translation>الغرض من الخطة، كما اتُّفق عليه مع الأسرة</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>ملخص الخطة</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>حفظ الخطة</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>أهداف الخطة</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>إضافة هدف</translation>
    </message>
    <message>
        <source>Submitted: waiting for a supervisor&apos;s decision.</source>
        <translation>مقدَّم: بانتظار قرار المشرف.</translation>
    </message>
    <message>
        <source>Approved. Change the plan to submit a new version.</source>
        <translation>معتمد. عدّل الخطة لتقديم نسخة جديدة.</translation>
    </message>
    <message>
        <source>Save your changes before submitting.</source>
        <translation>احفظ تغييراتك قبل التقديم.</translation>
    </message>
    <message>
        <source>Add at least one goal before submitting the plan.</source>
        <translation>أضف هدفًا واحدًا على الأقل قبل تقديم الخطة.</translation>
    </message>
    <message>
        <source>You cannot change this plan.</source>
        <translation>لا يمكنك تعديل هذه الخطة.</translation>
    </message>
    <message>
        <source>Send the plan to your supervisor</source>
        <translation>إرسال الخطة إلى مشرفك</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>تعديل الهدف</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>إزالة الهدف</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>تقديم للاعتماد</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الوضع:</translation>
    </message>
    <message>
        <source>Remove the goal “{goal}” from the plan?</source>
        <translation>إزالة الهدف «{goal}» من الخطة؟</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <source>Reassign the case</source>
        <translation>إعادة إسناد الحالة</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>إعادة إسناد</translation>
    </message>
    <message>
        <source>Name the caseworker who takes the case.</source>
        <translation>سمِّ الأخصائي الذي سيتولى الحالة.</translation>
    </message>
    <message>
        <source>No worker may take all of these cases: they belong to different teams. Choose the cases of one team.</source>
        <translation>لا يمكن لأي أخصائي تولي كل هذه الحالات: فهي تنتمي إلى فرق مختلفة. اختر حالات فريق واحد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task</source>
        <translation>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهام مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks</source>
        <translation>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهام مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
            <numerusform>%Ln مهمة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign {count} cases</source>
        <translation>إعادة إسناد {count} حالات</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> و{more} غيرها</translation>
    </message>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (نص لجداول البيانات)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>مصنف Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON (for other software)</source>
        <translation>JSON (لبرامج أخرى)</translation>
    </message>
    <message>
        <source>PDF, one page with the dashboard&apos;s charts</source>
        <translation>PDF، صفحة واحدة مع رسوم لوحة المعلومات</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>تصدير المؤشرات</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>الحالات</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Small counts hidden (under 5)</source>
        <translation>إخفاء الأعداد الصغيرة (أقل من 5)</translation>
    </message>
    <message>
        <source>De-identified: no names, addresses, phone numbers, notes or birth dates</source>
        <translation>بيانات مُجهّلة: بلا أسماء أو عناوين أو أرقام هواتف أو ملاحظات أو تواريخ ميلاد</translation>
    </message>
    <message>
        <source>Show the pseudonym key (to link with a later export)</source>
        <translation>إظهار مفتاح الأسماء المستعارة (للربط مع تصدير لاحق)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>الحفظ في</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>كلمة المرور الخاصة بك</translation>
    </message>
    <message>
        <source>the file you choose</source>
        <translation>الملف الذي تختاره</translation>
    </message>
    <message>
        <source>The export leaves the encrypted workspace: it is saved unencrypted to {where}, where anyone who can open that file can read it, and it is recorded in the audit log.</source>
        <translation>يغادر التصدير مساحة العمل المشفّرة: يُحفظ دون تشفير في {where}، حيث يستطيع قراءته كل من يمكنه فتح ذلك الملف، ويُسجَّل في سجل التدقيق.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>حفظ التصدير باسم</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>اختر مكان حفظ التصدير.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>هذا مجلد: أضف اسم ملف.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>لا يوجد مجلد بهذا الاسم.</translation>
    </message>
    <message>
        <source>Enter your password to confirm the export.</source>
        <translation>أدخل كلمة المرور لتأكيد التصدير.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>جارٍ كتابة الملف…</translation>
    </message>
    <message>
        <source>De-identified export saved to {path} ({counts}).</source>
        <translation>حُفظ تصدير مُجهّل الهوية في {path} ({counts}).</translation>
    </message>
    <message>
        <source>Export with names saved to {path} ({counts}).</source>
        <translation>حُفظ تصدير يتضمن الأسماء في {path} ({counts}).</translation>
    </message>
    <message>
        <source>Pseudonym key (keep it apart from the file): {key}</source>
        <translation>مفتاح الأسماء المستعارة (احفظه بعيدًا عن الملف): {key}</translation>
    </message>
    <message>
        <source>Indicators for {months} months ({first} to {last}) saved to {path} ({rows} rows).</source>
        <translation>حُفظت مؤشرات {months} شهرًا (من {first} إلى {last}) في {path} ({rows} صفًا).</translation>
    </message>
    <message>
        <source>The export failed; nothing was saved. The log folder (Help menu) says more.</source>
        <translation>فشل التصدير؛ لم يُحفظ أي شيء. يوضّح مجلد السجلات (قائمة المساعدة) المزيد.</translation>
    </message>
    <message>
        <source>Choose who takes them</source>
        <translation>اختر من يتولاها</translation>
    </message>
    <message>
        <source>Choose who takes it</source>
        <translation>اختر من يتولاها</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>إسناد إلى</translation>
    </message>
    <message>
        <source>Workers of the team as the server listed them at the last sync.</source>
        <translation>أخصائيو الفريق كما أدرجهم الخادم عند آخر مزامنة.</translation>
    </message>
    <message>
        <source>This workspace has no server: the workers are the people who hold its cases.</source>
        <translation>لا يوجد خادم لمساحة العمل هذه: الأخصائيون هم من لديهم حالاتها.</translation>
    </message>
    <message>
        <source> Open tasks of the previous worker go with each case; tasks given to someone else stay theirs.</source>
        <translation> تنتقل المهام المفتوحة للأخصائي السابق مع كل حالة؛ وتبقى المهام المسندة إلى شخص آخر له.</translation>
    </message>
    <message>
        <source>Choose the worker who takes it.</source>
        <translation>اختر الأخصائي الذي سيتولاها.</translation>
    </message>
    <message>
        <source>Choose the worker who takes them.</source>
        <translation>اختر الأخصائي الذي سيتولاها.</translation>
    </message>
    <message>
        <source>{worker} holds it already; choose someone else.</source>
        <translation>الحالة لدى {worker} بالفعل؛ اختر شخصًا آخر.</translation>
    </message>
    <message>
        <source>{worker} holds them already; choose someone else.</source>
        <translation>الحالات لدى {worker} بالفعل؛ اختر شخصًا آخر.</translation>
    </message>
    <message>
        <source>Choose a worker to see how many cases and open tasks move.</source>
        <translation>اختر أخصائيًا لترى عدد الحالات والمهام المفتوحة التي ستُنقل.</translation>
    </message>
    <message>
        <source>{cases} and {tasks} move to {worker}.</source>
        <translation>تنتقل {cases} و{tasks} إلى {worker}.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds it already.</source>
        <translation>لا ينتقل شيء: الحالة لدى {worker} بالفعل.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds them already.</source>
        <translation>لا ينتقل شيء: الحالات لدى {worker} بالفعل.</translation>
    </message>
    <message numerus="yes">
        <source> %Ln case is theirs already.</source>
        <translation>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالات لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %Ln cases are theirs already.</source>
        <translation>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالات لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
            <numerusform> %Ln حالة لديه بالفعل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer a child to a service</source>
        <translation>إحالة طفل إلى خدمة</translation>
    </message>
    <message>
        <source>Service needed</source>
        <translation>الخدمة المطلوبة</translation>
    </message>
    <message>
        <source>Search providers by name or organisation</source>
        <translation>البحث عن مقدمي الخدمات بالاسم أو الجهة</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>البحث عن مقدمي الخدمات</translation>
    </message>
    <message>
        <source>What the child needs from this service, and why</source>
        <translation>ما يحتاجه الطفل من هذه الخدمة، ولماذا</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>سبب الإحالة</translation>
    </message>
    <message>
        <source>Yes, consent is recorded</source>
        <translation>نعم، الموافقة مسجلة</translation>
    </message>
    <message>
        <source>Has the family agreed to this referral?</source>
        <translation>هل وافقت الأسرة على هذه الإحالة؟</translation>
    </message>
    <message>
        <source>e.g. the child is in danger and the service must act now</source>
        <translation>مثل: الطفل في خطر ويجب أن تتدخل الخدمة فورًا</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>إرسال الإحالة</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>حفظ كمسودة</translation>
    </message>
    <message>
        <source>No provider in the directory offers {service}. You can save the referral without a provider.</source>
        <translation>لا يقدم أي مقدم خدمة في الدليل: {service}. يمكنك حفظ الإحالة دون مقدم خدمة.</translation>
    </message>
    <message>
        <source>No provider matches the search.</source>
        <translation>لا يوجد مقدم خدمة يطابق البحث.</translation>
    </message>
    <message>
        <source>Save and send the referral to the provider</source>
        <translation>حفظ الإحالة وإرسالها إلى مقدم الخدمة</translation>
    </message>
    <message>
        <source>Choose the child this referral is for.</source>
        <translation>اختر الطفل الذي تخصه هذه الإحالة.</translation>
    </message>
    <message>
        <source>Choose the service the child needs.</source>
        <translation>اختر الخدمة التي يحتاجها الطفل.</translation>
    </message>
    <message>
        <source>Provider&apos;s response</source>
        <translation>رد مقدم الخدمة</translation>
    </message>
    <message>
        <source>The provider has</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>What the provider said: first appointment, or why they declined</source>
        <translation>ما قاله مقدم الخدمة: الموعد الأول، أو سبب الرفض</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>الرد</translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation>إتمام الإحالة</translation>
    </message>
    <message>
        <source>What the child received, and how it went</source>
        <translation>ما تلقاه الطفل وكيف سار الأمر</translation>
    </message>
    <message>
        <source>Say whether the provider accepted or declined.</source>
        <translation>اذكر ما إذا كان مقدم الخدمة قد قبل أو رفض.</translation>
    </message>
    <message>
        <source>Describe the outcome before completing the referral.</source>
        <translation>صِف النتيجة قبل إتمام الإحالة.</translation>
    </message>
    <message>
        <source>e.g. mother, grandfather, sibling</source>
        <translation>مثل: الأم، الجد، الأخ أو الأخت</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Given name *</source>
        <translation>الاسم الأول *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>اسم العائلة *</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>الدور *</translation>
    </message>
    <message>
        <source>or estimated age (years)</source>
        <translation>أو العمر التقديري (بالسنوات)</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>الشخص {number}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>إزالة الشخص {number}</translation>
    </message>
    <message>
        <source>from date of birth</source>
        <translation>من تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Register a family</source>
        <translation>تسجيل أسرة</translation>
    </message>
    <message>
        <source>Language spoken at home</source>
        <translation>اللغة المحكية في المنزل</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>أفراد الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Give each child&apos;s date of birth, or an estimated age if it is not known.</source>
        <translation>أدخل تاريخ ميلاد كل طفل، أو عمرًا تقديريًا إن لم يكن معروفًا.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>لم يُقيَّم بعد</translation>
    </message>
    <message>
        <source>Name and relationship to the child</source>
        <translation>الاسم وصلة القرابة بالطفل</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>Why the family was referred, and what is known so far</source>
        <translation>لماذا أُحيلت الأسرة، وما المعروف حتى الآن</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>People already registered who may be the same</source>
        <translation>أشخاص مسجلون مسبقًا قد يكونون هم أنفسهم</translation>
    </message>
    <message>
        <source>Open the existing case instead</source>
        <translation>فتح الحالة الموجودة بدلًا من ذلك</translation>
    </message>
    <message>
        <source>These are different people: register a new family</source>
        <translation>هؤلاء أشخاص مختلفون: تسجيل أسرة جديدة</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Checking for people already registered…</source>
        <translation>جارٍ البحث عن أشخاص مسجلين مسبقًا…</translation>
    </message>
    <message>
        <source>No one with these names is registered yet.</source>
        <translation>لا يوجد أحد مسجل بهذه الأسماء بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln أشخاص مسجلون مسبقًا قد يكونون هم أنفسهم. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln أشخاص مسجلون مسبقًا قد يكونون هم أنفسهم. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
            <numerusform>%Ln شخص مسجل مسبقًا قد يكون هو نفسه. افتح الحالة الموجودة، أو أكّد أن هذه أسرة مختلفة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register at least one child.</source>
        <translation>سجّل طفلًا واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>Give the child&apos;s date of birth or estimated age.</source>
        <translation>أدخل تاريخ ميلاد الطفل أو عمره التقديري.</translation>
    </message>
    <message>
        <source>Record who gave consent.</source>
        <translation>سجّل من قدّم الموافقة.</translation>
    </message>
    <message>
        <source>Record the date consent was given (YYYY-MM-DD).</source>
        <translation>سجّل تاريخ تقديم الموافقة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الموافقة في المستقبل.</translation>
    </message>
    <message>
        <source>Confirm that this is a different family, or open the existing case.</source>
        <translation>أكّد أن هذه أسرة مختلفة، أو افتح الحالة الموجودة.</translation>
    </message>
    <message>
        <source>Family: {field_label}</source>
        <translation>الأسرة: {field_label}</translation>
    </message>
    <message>
        <source>Person {section}: {field_label}</source>
        <translation>الشخص {section}: {field_label}</translation>
    </message>
    <message>
        <source>Change the risk level</source>
        <translation>تغيير مستوى الخطر</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk} risk.</source>
        <translation>الحالة مسجلة الآن بخطر {risk}.</translation>
    </message>
    <message>
        <source>The case has no risk level yet.</source>
        <translation>ليس للحالة مستوى خطر بعد.</translation>
    </message>
    <message>
        <source>New risk level</source>
        <translation>مستوى الخطر الجديد</translation>
    </message>
    <message>
        <source>What you learned that changes the risk, e.g. the father moved back in; the screening of today</source>
        <translation>ما علمته ويغيّر مستوى الخطر، مثل: عاد الأب للعيش في المنزل؛ فحص اليوم</translation>
    </message>
    <message>
        <source>Why it changes</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>The reason is kept with the case and shown in its history. First visit and review dates move forward when the risk rises.</source>
        <translation>يُحفظ السبب مع الحالة ويظهر في سجلها. تتقدم مواعيد الزيارة الأولى والمراجعة عندما يرتفع الخطر.</translation>
    </message>
    <message>
        <source>Choose the new risk level.</source>
        <translation>اختر مستوى الخطر الجديد.</translation>
    </message>
    <message>
        <source>No case (the worker&apos;s own)</source>
        <translation>بلا حالة (خاصة بالأخصائي)</translation>
    </message>
    <message>
        <source>The decision taken, in a line</source>
        <translation>القرار المتخذ، في سطر واحد</translation>
    </message>
    <message>
        <source>Decision for case {case_number}</source>
        <translation>القرار بشأن الحالة {case_number}</translation>
    </message>
    <message>
        <source>What was agreed, e.g. Visit the school this week</source>
        <translation>ما اتُّفق عليه، مثل: زيارة المدرسة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Action {number}</source>
        <translation>الإجراء {number}</translation>
    </message>
    <message>
        <source>Action {number} due</source>
        <translation>موعد استحقاق الإجراء {number}</translation>
    </message>
    <message>
        <source>Action {number} case</source>
        <translation>حالة الإجراء {number}</translation>
    </message>
    <message>
        <source>Remove action {number}</source>
        <translation>إزالة الإجراء {number}</translation>
    </message>
    <message>
        <source>Case {case_number}</source>
        <translation>الحالة {case_number}</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>تسجيل جلسة إشراف</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>الحالات التي نوقشت</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>الرفاه</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>عبء العمل</translation>
    </message>
    <message>
        <source>What weighs on them, what helps</source>
        <translation>ما يثقل كاهله وما يساعده</translation>
    </message>
    <message>
        <source>About wellbeing and workload</source>
        <translation>حول الرفاه وعبء العمل</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>الاحتياجات التدريبية</translation>
    </message>
    <message>
        <source>Agreed actions (each becomes the worker&apos;s task)</source>
        <translation>الإجراءات المتفق عليها (يصبح كل منها مهمة للأخصائي)</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>إضافة إجراء</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>الإجراءات المتفق عليها</translation>
    </message>
    <message>
        <source>Choose the caseworker first.</source>
        <translation>اختر الأخصائي أولًا.</translation>
    </message>
    <message>
        <source>{worker} has no open case on this device.</source>
        <translation>ليس لدى {worker} أي حالة مفتوحة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Tick each case you discussed and note the decision.</source>
        <translation>ضع علامة على كل حالة نوقشت ودوّن القرار.</translation>
    </message>
    <message>
        <source>Choose the caseworker this session was with.</source>
        <translation>اختر الأخصائي الذي عُقدت معه هذه الجلسة.</translation>
    </message>
    <message>
        <source>Give the date of the session.</source>
        <translation>أدخل تاريخ الجلسة.</translation>
    </message>
    <message>
        <source>A supervision session cannot be recorded in the future.</source>
        <translation>لا يمكن تسجيل جلسة إشراف في المستقبل.</translation>
    </message>
    <message>
        <source>Note the decision taken for case {cases}.</source>
        <translation>دوّن القرار المتخذ بشأن الحالة {cases}.</translation>
    </message>
    <message>
        <source>Say how the worker is doing.</source>
        <translation>اذكر كيف حال الأخصائي.</translation>
    </message>
    <message>
        <source>Say how heavy the workload is.</source>
        <translation>اذكر مدى ثقل عبء العمل.</translation>
    </message>
    <message>
        <source>Give action {number} a due date (YYYY-MM-DD).</source>
        <translation>حدّد موعد استحقاق للإجراء {number} (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Action {number} is due before the session; an agreed action is due on or after its day.</source>
        <translation>يستحق الإجراء {number} قبل الجلسة؛ يجب أن يستحق الإجراء المتفق عليه في يوم الجلسة أو بعده.</translation>
    </message>
    <message>
        <source>Supervision of {worker} on {session_date}</source>
        <translation>إشراف على {worker} في {session_date}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Task now</source>
        <translation>المهمة الآن</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>غير موجودة على هذا الجهاز</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>إضافة مهمة</translation>
    </message>
    <message>
        <source>e.g. Call the school about attendance</source>
        <translation>مثل: الاتصال بالمدرسة بشأن الحضور</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>تسجيل زيارة</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>شوهد الطفل</translation>
    </message>
    <message>
        <source>e.g. mother, the child, grandmother</source>
        <translation>مثل: الأم، الطفل، الجدة</translation>
    </message>
    <message>
        <source>What you saw and heard. Keep facts apart from your interpretation.</source>
        <translation>ما رأيته وسمعته. افصل الوقائع عن تفسيرك لها.</translation>
    </message>
    <message>
        <source>I am concerned for the child&apos;s safety</source>
        <translation>أنا قلق على سلامة الطفل</translation>
    </message>
    <message>
        <source>Describe the concern in the observations, tell your supervisor, and consider a new risk screening.</source>
        <translation>صِف مصدر القلق في الملاحظات، وأبلغ مشرفك، وفكّر في إجراء فحص جديد للخطر.</translation>
    </message>
    <message>
        <source>Next step, e.g. visit again next week</source>
        <translation>الخطوة التالية، مثل: الزيارة مجددًا الأسبوع القادم</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>حفظ الزيارة</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>حفظ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>A visit cannot be recorded in the future.</source>
        <translation>لا يمكن تسجيل زيارة في المستقبل.</translation>
    </message>
    <message>
        <source>An administrator revoked this device (or your account), so the workspace was wiped from this computer: its cases, key and files are gone. Nothing else is needed from you; ask your supervisor if you think this is a mistake. You can log in again on another device, or on this one once an administrator allows it.</source>
        <translation>ألغى أحد المسؤولين صلاحية هذا الجهاز (أو حسابك)، لذا مُسحت مساحة العمل من هذا الحاسوب: حالاتها ومفتاحها وملفاتها لم تعد موجودة. لا يلزمك فعل أي شيء آخر؛ راجع مشرفك إن كنت تظن أن هذا خطأ. يمكنك تسجيل الدخول مجددًا على جهاز آخر، أو على هذا الجهاز متى سمح بذلك أحد المسؤولين.</translation>
    </message>
    <message>
        <source>Free at least {max} MB</source>
        <translation>حرّر {max} ميغابايت على الأقل</translation>
    </message>
    <message>
        <source>Free some space</source>
        <translation>حرّر بعض المساحة</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>القرص ممتلئ، لذا لم يُحفظ التغيير. {free_space_words} (مثلًا احذف التنزيلات التي لم تعد بحاجة إليها) ثم أعد المحاولة؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The workspace was busy (a sync was writing to it), so this was not saved. Try again in a moment.</source>
        <translation>كانت مساحة العمل مشغولة (كانت مزامنة تكتب فيها)، لذا لم يُحفظ هذا. أعد المحاولة بعد لحظة.</translation>
    </message>
    <message>
        <source>{exc} Do not delete anything: ask your administrator or IT support to check this device.</source>
        <translation>{exc} لا تحذف أي شيء: اطلب من المسؤول أو الدعم الفني فحص هذا الجهاز.</translation>
    </message>
    <message>
        <source>Not allowed: {exc}</source>
        <translation>غير مسموح: {exc}</translation>
    </message>
    <message>
        <source>This step is not possible now: {exc}</source>
        <translation>هذه الخطوة غير ممكنة الآن: {exc}</translation>
    </message>
    <message>
        <source>Some fields need attention: </source>
        <translation>بعض الحقول تحتاج إلى مراجعة: </translation>
    </message>
    <message>
        <source>This workspace needs the server now: {exc} Connect this computer to the network, then unlock again.</source>
        <translation>تحتاج مساحة العمل هذه إلى الخادم الآن: {exc} صِل هذا الحاسوب بالشبكة ثم افتح القفل مجددًا.</translation>
    </message>
    <message>
        <source>The workspace files could not be read or written (the operating system refused: {value}). Check the disk and that casemgr may write to its data folder, then try again.</source>
        <translation>تعذّرت قراءة ملفات مساحة العمل أو الكتابة فيها (رفض نظام التشغيل: {value}). افحص القرص وتأكد أن casemgr يستطيع الكتابة في مجلد بياناته، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr.</source>
        <translation>حدث خطأ داخل casemgr.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>لم يقبل الخادم اسم المستخدم وكلمة المرور هذين.</translation>
    </message>
    <message>
        <source>This account is deactivated on the server; ask an administrator.</source>
        <translation>هذا الحساب معطّل على الخادم؛ راجع أحد المسؤولين.</translation>
    </message>
    <message>
        <source>{server} cannot be reached. Check the address and the network connection, then try again.</source>
        <translation>تعذّر الوصول إلى {server}. تحقق من العنوان ومن الاتصال بالشبكة، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr; ask your IT support.</source>
        <translation>يحتاج الخادم إلى إصدار أحدث من casemgr؛ راجع الدعم الفني.</translation>
    </message>
    <message>
        <source>The key the server returned does not open this workspace; ask an administrator.</source>
        <translation>المفتاح الذي أعاده الخادم لا يفتح مساحة العمل هذه؛ راجع أحد المسؤولين.</translation>
    </message>
    <message>
        <source>The server refused: {exc}</source>
        <translation>رفض الخادم: {exc}</translation>
    </message>
    <message>
        <source>The server had a problem: {exc} Try again later.</source>
        <translation>واجه الخادم مشكلة: {exc} أعد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>The disk is full, so the workspace could not be opened. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>القرص ممتلئ، لذا تعذّر فتح مساحة العمل. {free_space_words} (مثلًا احذف التنزيلات التي لم تعد بحاجة إليها) ثم أعد المحاولة؛ لم يُفقد شيء.</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>تعذّر فتح مساحة العمل.</translation>
    </message>
    <message>
        <source>A workspace with this name already exists here.</source>
        <translation>توجد هنا بالفعل مساحة عمل بهذا الاسم.</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>أُوقفت المزامنة.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>مُلغى</translation>
    </message>
    <message>
        <source>Offline · working offline</source>
        <translation>غير متصل · العمل دون اتصال</translation>
    </message>
    <message>
        <source>The server at {server} cannot be reached. Keep working: your changes are kept on this device and sent at the next sync.</source>
        <translation>تعذّر الوصول إلى الخادم {server}. تابع عملك: تُحفظ تغييراتك على هذا الجهاز وتُرسل في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sync stopped: update casemgr</source>
        <translation>توقفت المزامنة: حدّث casemgr</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr. Your changes are kept on this device and will be sent once casemgr is updated; ask your IT support for the update.</source>
        <translation>يحتاج الخادم إلى إصدار أحدث من casemgr. تُحفظ تغييراتك على هذا الجهاز وستُرسل بعد تحديث casemgr؛ اطلب التحديث من الدعم الفني.</translation>
    </message>
    <message>
        <source>Sync stopped: log in again</source>
        <translation>توقفت المزامنة: سجّل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Log in again to sync; your changes are kept on this device meanwhile.</source>
        <translation>انتهت جلستك مع الخادم. سجّل الدخول مجددًا للمزامنة؛ تبقى تغييراتك على هذا الجهاز في الأثناء.</translation>
    </message>
    <message>
        <source>Sync refused for now</source>
        <translation>رُفضت المزامنة حاليًا</translation>
    </message>
    <message>
        <source>Sync failed · will retry</source>
        <translation>فشلت المزامنة · ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>The server had a problem ({exc}). Nothing of its answer was applied and your changes are kept; the sync is tried again later.</source>
        <translation>واجه الخادم مشكلة ({exc}). لم يُطبَّق شيء من رده وتغييراتك محفوظة؛ ستُعاد محاولة المزامنة لاحقًا.</translation>
    </message>
    <message>
        <source>Sync paused · will retry</source>
        <translation>المزامنة متوقفة مؤقتًا · ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>The workspace was busy with a long change; the sync stopped between two steps and goes on at the next sync.</source>
        <translation>كانت مساحة العمل مشغولة بتغيير طويل؛ توقفت المزامنة بين خطوتين وستستأنف في المزامنة التالية.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>An internal error stopped the sync.</source>
        <translation>أوقف خطأ داخلي المزامنة.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>casemgr: internal error</source>
        <translation>casemgr: خطأ داخلي</translation>
    </message>
    <message>
        <source>The details (where in the program, no case data) were written to {log_path}.</source>
        <translation>كُتبت التفاصيل (موضع الخطأ في البرنامج، دون بيانات حالات) في {log_path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr, and the last action may not have been completed. Your saved work is safe.</source>
        <translation>حدث خطأ داخل casemgr، وقد لا يكون الإجراء الأخير قد اكتمل. عملك المحفوظ في أمان.</translation>
    </message>
    <message>
        <source>{summary}

{logged}
Please report it to your administrator.</source>
        <translation>{summary}

{logged}
يُرجى إبلاغ المسؤول عن النظام.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>مشكلات يجب تصحيحها</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور مختلفتان.</translation>
    </message>
    <message>
        <source>Log in to a server</source>
        <translation>تسجيل الدخول إلى خادم</translation>
    </message>
    <message>
        <source>Log in with the account your organisation gave you. A new encrypted workspace is created on this device and your cases are downloaded; after that it also opens offline. Your workspace password is the same as your server password.</source>
        <translation>سجّل الدخول بالحساب الذي منحتك إياه مؤسستك. تُنشأ مساحة عمل مشفرة جديدة على هذا الجهاز وتُنزَّل حالاتك؛ وبعد ذلك تُفتح أيضًا دون اتصال. كلمة مرور مساحة عملك هي نفسها كلمة مرور الخادم.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>https://casemgr.example.org</source>
        <translation>https://casemgr.example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>CA file (if IT gave one)</source>
        <translation>ملف شهادة الجهة المصدِّقة (إن زودك به الدعم الفني)</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate, a .pem file</source>
        <translation>شهادة الجهة المصدِّقة للمؤسسة، ملف ‎.pem</translation>
    </message>
    <message>
        <source>Server key pin (if IT gave one)</source>
        <translation>بصمة مفتاح الخادم (إن زودك بها الدعم الفني)</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s public key</source>
        <translation>SHA-256 للمفتاح العام للخادم</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Enter the address your organisation gave you, starting with https://</source>
        <translation>أدخل العنوان الذي منحتك إياه مؤسستك، ويبدأ بـ https://</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Logging in to {server}…</source>
        <translation>جارٍ تسجيل الدخول إلى {server}…</translation>
    </message>
    <message>
        <source>Recover with the server</source>
        <translation>الاسترداد عبر الخادم</translation>
    </message>
    <message>
        <source>Log in to {server} as {user} to get this workspace&apos;s key back, then choose a new password for the workspace on this device. No case data is lost.</source>
        <translation>سجّل الدخول إلى {server} باسم {user} لاستعادة مفتاح مساحة العمل هذه، ثم اختر كلمة مرور جديدة لمساحة العمل على هذا الجهاز. لن تُفقد أي بيانات للحالات.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>كلمة مرور الخادم</translation>
    </message>
    <message>
        <source>New workspace password</source>
        <translation>كلمة مرور جديدة لمساحة العمل</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <source>Enter your password on the server.</source>
        <translation>أدخل كلمة مرورك على الخادم.</translation>
    </message>
    <message>
        <source>Asking the server for the key…</source>
        <translation>جارٍ طلب المفتاح من الخادم…</translation>
    </message>
    <message>
        <source>This workspace is offline-only: there is no server, so there is no password recovery. If the password is forgotten, nobody can open the cases kept in it. Keep the password safe.</source>
        <translation>مساحة العمل هذه دون اتصال فقط: لا يوجد خادم، لذا لا يمكن استرداد كلمة المرور. إذا نُسيت كلمة المرور فلن يتمكن أحد من فتح الحالات المحفوظة فيها. احفظ كلمة المرور في مكان آمن.</translation>
    </message>
    <message>
        <source>New offline-only workspace</source>
        <translation>مساحة عمل جديدة دون اتصال</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>الفريق (اختياري)</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>أعد كتابة كلمة المرور</translation>
    </message>
    <message>
        <source>I understand that there is no password recovery</source>
        <translation>أفهم أنه لا يمكن استرداد كلمة المرور</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>إنشاء مساحة العمل</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>جارٍ إنشاء مساحة العمل المشفرة…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;casemgr&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;casemgr&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>افتح مساحة عملك</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Recover with the server…</source>
        <translation>الاسترداد عبر الخادم…</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>تسجيل الدخول إلى خادم…</translation>
    </message>
    <message>
        <source>First time on this device: log in with your account on your organisation&apos;s server</source>
        <translation>أول مرة على هذا الجهاز: سجّل الدخول بحسابك على خادم مؤسستك</translation>
    </message>
    <message>
        <source>New offline-only workspace…</source>
        <translation>مساحة عمل جديدة دون اتصال…</translation>
    </message>
    <message>
        <source>Data folder: {data_dir}</source>
        <translation>مجلد البيانات: {data_dir}</translation>
    </message>
    <message>
        <source>  (offline-only)</source>
        <translation>  (دون اتصال فقط)</translation>
    </message>
    <message>
        <source>There is no workspace on this device yet: log in to your organisation&apos;s server, or create an offline-only one.</source>
        <translation>لا توجد مساحة عمل على هذا الجهاز بعد: سجّل الدخول إلى خادم مؤسستك، أو أنشئ مساحة عمل دون اتصال.</translation>
    </message>
    <message>
        <source>Choose a workspace, or create one.</source>
        <translation>اختر مساحة عمل أو أنشئ واحدة.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>كلمة مرور خاطئة.</translation>
    </message>
    <message>
        <source>Too many failed attempts.</source>
        <translation>محاولات فاشلة كثيرة جدًا.</translation>
    </message>
    <message>
        <source>{wait_prefix} Try again in {left} s.</source>
        <translation>{wait_prefix} أعد المحاولة بعد {left} ث.</translation>
    </message>
    <message>
        <source>Unlocking is possible again in {left} s.</source>
        <translation>سيُتاح فتح القفل مجددًا بعد {left} ث.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مجددًا الآن.</translation>
    </message>
    <message>
        <source>The workspace was locked. Enter the password to continue.</source>
        <translation>قُفلت مساحة العمل. أدخل كلمة المرور للمتابعة.</translation>
    </message>
    <message>
        <source>Logging in to {server_url}…</source>
        <translation>جارٍ تسجيل الدخول إلى {server_url}…</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>جارٍ تشغيل خادم العرض التوضيحي المحلي…</translation>
    </message>
    <message>
        <source>The demo server could not start: {exc}</source>
        <translation>تعذّر تشغيل خادم العرض التوضيحي: {exc}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>حالاتي</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>أعباء الفريق</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>التفضيلات</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>القفل بعد عدم النشاط لمدة</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> م.ث</translation>
    </message>
    <message>
        <source>Search after typing stops for</source>
        <translation>البحث بعد التوقف عن الكتابة لمدة</translation>
    </message>
    <message>
        <source>Only when asked and after changes</source>
        <translation>فقط عند الطلب وبعد التغييرات</translation>
    </message>
    <message>
        <source>Sync with the server every</source>
        <translation>المزامنة مع الخادم كل</translation>
    </message>
    <message>
        <source>Organisation on printed summaries</source>
        <translation>اسم المنظمة على الملخصات المطبوعة</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language applies the next time casemgr starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل casemgr في المرة القادمة.</translation>
    </message>
    <message>
        <source>Opening a case outside your caseload needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>فتح حالة خارج حالاتك يتطلب الاتصال بالخادم الذي يقرر ذلك ويسجله. اتصل بالشبكة وحاول مجددًا.</translation>
    </message>
    <message>
        <source>There is no case with this number. Check it and try again.</source>
        <translation>لا توجد حالة بهذا الرقم. تحقق منه وحاول مجددًا.</translation>
    </message>
    <message>
        <source>This case is already in your caseload: open it from your cases.</source>
        <translation>هذه الحالة ضمن حالاتك بالفعل: افتحها من حالاتك.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>ال&amp;تفضيلات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Export &amp;indicators…</source>
        <translation>تصدير الم&amp;ؤشرات…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;مساحة العمل</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>ال&amp;بحث في الحالات</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>&amp;فتح الحالة المحددة</translation>
    </message>
    <message>
        <source>Open a case outside my caseload…</source>
        <translation>فتح حالة خارج حالاتي…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>ال&amp;حالة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>فتح مجلد ال&amp;سجلات</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;نسخ تقرير التشخيص</translation>
    </message>
    <message>
        <source>&amp;About casemgr</source>
        <translation>&amp;حول casemgr</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About casemgr</source>
        <translation>حول casemgr</translation>
    </message>
    <message>
        <source>casemgr {version}: offline-first case management for child-protection caseworkers. Case data stays encrypted on this device.</source>
        <translation>casemgr {version}: إدارة حالات تعمل دون اتصال أولًا لأخصائيي حماية الطفل. تبقى بيانات الحالات مشفرة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>There is no log folder yet: casemgr has not written a log on this computer.</source>
        <translation>لا يوجد مجلد سجلات بعد: لم يكتب casemgr أي سجل على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is {folder}</source>
        <translation>تعذّر فتح مجلد السجلات. موقعه: {folder}</translation>
    </message>
    <message>
        <source>The diagnostic report was copied (versions, platform and sync state only, no case data): paste it into your message to support.</source>
        <translation>نُسخ تقرير التشخيص (الإصدارات والمنصة وحالة المزامنة فقط، دون بيانات حالات): الصقه في رسالتك إلى الدعم الفني.</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>إرسال التغييرات واستلامها الآن</translation>
    </message>
    <message>
        <source>This workspace has no server to sync with.</source>
        <translation>لا يوجد خادم لمزامنة مساحة العمل هذه معه.</translation>
    </message>
    <message>
        <source>Your emergency access to the case {number} ended; the server removed it from this device.</source>
        <translation>انتهى وصولك الطارئ إلى الحالة {number}؛ وأزالها الخادم من هذا الجهاز.</translation>
    </message>
    <message>
        <source>The case {number} is no longer assigned to you; the server removed it from this device.</source>
        <translation>لم تعد الحالة {number} مسندة إليك؛ أزالها الخادم من هذا الجهاز.</translation>
    </message>
    <message>
        <source>casemgr — locked</source>
        <translation>casemgr — مقفل</translation>
    </message>
    <message>
        <source>casemgr — {user}</source>
        <translation>casemgr — {user}</translation>
    </message>
    <message>
        <source> (offline-only)</source>
        <translation> (دون اتصال فقط)</translation>
    </message>
    <message>
        <source> — demo: a local demo server with synthetic data (password {password})</source>
        <translation> — عرض توضيحي: خادم محلي ببيانات مصطنعة (كلمة المرور {password})</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <source>No case is selected: choose one in My cases (Ctrl+1) first, then Ctrl+O opens it.</source>
        <translation>لم تُحدَّد أي حالة: اختر حالة في «حالاتي» (Ctrl+1) أولًا، ثم افتحها بـ Ctrl+O.</translation>
    </message>
    <message>
        <source>The new language applies the next time casemgr starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل casemgr في المرة القادمة.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>سلامة المزامنة</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>الاستمارات</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>الدليل</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>الاحتفاظ</translation>
    </message>
    <message>
        <source>People&apos;s data</source>
        <translation>بيانات الأشخاص</translation>
    </message>
    <message>
        <source>This workspace has no server: the admin console needs one. Log in to the organisation&apos;s server as an administrator to use it.</source>
        <translation>لا يوجد خادم لمساحة العمل هذه: وحدة الإدارة تحتاج إلى خادم. سجّل الدخول إلى خادم المؤسسة بصفة مسؤول لاستخدامها.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>جارٍ الاتصال بالخادم…</translation>
    </message>
    <message>
        <source>Created the user</source>
        <translation>أنشأ المستخدم</translation>
    </message>
    <message>
        <source>Changed the user&apos;s role or teams</source>
        <translation>غيّر دور المستخدم أو فرقه</translation>
    </message>
    <message>
        <source>Deactivated the user</source>
        <translation>عطّل المستخدم</translation>
    </message>
    <message>
        <source>Reactivated the user</source>
        <translation>أعاد تفعيل المستخدم</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>أعاد تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>غيّر كلمة مروره</translation>
    </message>
    <message>
        <source>Created the team</source>
        <translation>أنشأ الفريق</translation>
    </message>
    <message>
        <source>Registered a device</source>
        <translation>سجّل جهازًا</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>ألغى جهازًا</translation>
    </message>
    <message>
        <source>Reassigned the case</source>
        <translation>أعاد إسناد الحالة</translation>
    </message>
    <message>
        <source>Closed a refused change</source>
        <translation>أغلق تغييرًا مرفوضًا</translation>
    </message>
    <message>
        <source>Published a form</source>
        <translation>نشر استمارة</translation>
    </message>
    <message>
        <source>Imported the service directory</source>
        <translation>استورد دليل الخدمات</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>سجّل الدخول</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>سجّل الخروج</translation>
    </message>
    <message>
        <source>Sign-in refused (wrong password)</source>
        <translation>رُفض تسجيل الدخول (كلمة مرور خاطئة)</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>صدّر بيانات</translation>
    </message>
    <message>
        <source>Printed a record</source>
        <translation>طبع سجلًا</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF</source>
        <translation>حفظ ملخص حالة بصيغة PDF</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF (redacted)</source>
        <translation>حفظ ملخص حالة بصيغة PDF (مع حجب البيانات)</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>طبع ملخص حالة</translation>
    </message>
    <message>
        <source>Printed a case summary (redacted)</source>
        <translation>طبع ملخص حالة (مع حجب البيانات)</translation>
    </message>
    <message>
        <source>Saved a copy of an attachment</source>
        <translation>حفظ نسخة من مرفق</translation>
    </message>
    <message>
        <source>Produced a person&apos;s subject access</source>
        <translation>أصدر بيانات الوصول لشخص</translation>
    </message>
    <message>
        <source>Asked for a person&apos;s records to be erased</source>
        <translation>طلب محو سجلات شخص</translation>
    </message>
    <message>
        <source>Approved an erasure: the person&apos;s records were erased</source>
        <translation>اعتمد محوًا: مُحيت سجلات الشخص</translation>
    </message>
    <message>
        <source>Withdrew an erasure request</source>
        <translation>سحب طلب محو</translation>
    </message>
    <message>
        <source>Waiting for a second administrator</source>
        <translation>بانتظار مسؤول ثانٍ</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>ممحو</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>…{device_id} (no name)</source>
        <translation>…{device_id} (بلا اسم)</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>مستخدم جديد…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>منذ</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>, {off} deactivated</source>
        <translation>، {off} معطّلون</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>إعادة تعيين كلمة مرور</translation>
    </message>
    <message>
        <source>Reset the password of {name}?</source>
        <translation>إعادة تعيين كلمة مرور {name}؟</translation>
    </message>
    <message>
        <source>{name}&apos;s sessions end now. casemgr makes a temporary password and shows it once; at {name}&apos;s next sign-in with it, their devices get their workspace key back, and nothing on them is lost.</source>
        <translation>تنتهي جلسات {name} الآن. ينشئ casemgr كلمة مرور مؤقتة ويعرضها مرة واحدة؛ وعند تسجيل {name} الدخول بها في المرة التالية تستعيد أجهزته مفتاح مساحة عمله ولا يُفقد شيء منها.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>فريق جديد…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>{count} teams. A caseworker&apos;s cases go to the supervisors of their team.</source>
        <translation>{count} فرق. تذهب حالات الأخصائي الاجتماعي إلى مشرفي فريقه.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>إلغاء…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>آخر مزامنة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Waiting at last sync</source>
        <translation>المعلّق عند آخر مزامنة</translation>
    </message>
    <message>
        <source>Changes waiting on the device when it last sent</source>
        <translation>التغييرات المعلّقة على الجهاز عند آخر إرسال</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>مسجّل</translation>
    </message>
    <message>
        <source>Revoked {when}</source>
        <translation>أُلغي {when}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>قيد الاستخدام</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device in use</source>
        <translation>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln أجهزة قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices in use</source>
        <translation>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln أجهزة قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
            <numerusform>%Ln جهاز قيد الاستخدام</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} not synced for three days or more (in colour)</source>
        <translation>؛ {count} لم تُزامَن منذ ثلاثة أيام أو أكثر (ملوّنة)</translation>
    </message>
    <message>
        <source>This device is revoked already.</source>
        <translation>هذا الجهاز مُلغى بالفعل.</translation>
    </message>
    <message>
        <source> It had {outbox_lag:,} changes waiting when it last synced.</source>
        <translation> كان لديه {outbox_lag:,} تغييرات معلّقة عند آخر مزامنة.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>إلغاء جهاز</translation>
    </message>
    <message>
        <source>Revoke {user}&apos;s device {label}?</source>
        <translation>إلغاء الجهاز {label} الخاص بـ {user}؟</translation>
    </message>
    <message>
        <source>Last synced: {when}. At its next contact with the server the device wipes its workspace: the cases, key and files on it are deleted, and changes not synced yet are lost.</source>
        <translation>آخر مزامنة: {when}. عند اتصاله التالي بالخادم يمسح الجهاز مساحة عمله: تُحذف الحالات والمفتاح والملفات الموجودة عليه، وتُفقد التغييرات التي لم تُزامَن بعد.</translation>
    </message>
    <message>
        <source> {user} keeps their account and can sign in on another device.</source>
        <translation> يحتفظ {user} بحسابه ويمكنه تسجيل الدخول على جهاز آخر.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>إلغاء الجهاز</translation>
    </message>
    <message>
        <source>Restore the case</source>
        <translation>استعادة الحالة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>Closed cases leave devices after</source>
        <translation>تُزال الحالات المغلقة من الأجهزة بعد</translation>
    </message>
    <message>
        <source> years</source>
        <translation> سنوات</translation>
    </message>
    <message>
        <source>Archived on the server after</source>
        <translation>تُؤرشف على الخادم بعد</translation>
    </message>
    <message>
        <source>Closed or restored</source>
        <translation>مغلقة أو مستعادة</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>مؤرشفة</translation>
    </message>
    <message>
        <source>Closed cases leave every device {days} days after closure and are archived on the server {years} years after it. {count} cases are archived; a restored case reaches its caseworker&apos;s devices at their next sync.</source>
        <translation>تُزال الحالات المغلقة من كل الأجهزة بعد {days} يومًا من إغلاقها وتُؤرشف على الخادم بعد {years} سنوات. عدد الحالات المؤرشفة {count}؛ وتعود الحالة المستعادة إلى أجهزة أخصائيها عند مزامنتها التالية.</translation>
    </message>
    <message>
        <source>Devices, those not synced for three days or more first</source>
        <translation>الأجهزة، بدءًا بالتي لم تُزامَن منذ ثلاثة أيام أو أكثر</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>التغييرات المرفوضة</translation>
    </message>
    <message>
        <source>Each is resolved by a caseworker of the case, on their device (Conflicts page): the values stay in the case file.</source>
        <translation>يحل كلَّ تعارض أخصائيٌّ اجتماعي من الحالة على جهازه (صفحة التعارضات): تبقى القيم في ملف الحالة.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>المُبقاة</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>المُرسلة لاحقًا</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>التغييرات التي رفضها الخادم</translation>
    </message>
    <message>
        <source>Kept, never applied. Mark resolved once the cause is put right (the user given the team, the change made again); dismiss when nothing is to be done. Either way it stays on record.</source>
        <translation>محفوظة ولم تُطبَّق قط. ضع علامة «تم الحل» بعد معالجة السبب (إضافة المستخدم إلى الفريق، إعادة إجراء التغيير)؛ وتجاهلها إن لم يكن هناك ما يُفعل. في الحالتين تبقى مسجلة.</translation>
    </message>
    <message>
        <source>Audit of the case</source>
        <translation>تدقيق الحالة</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>وضع علامة «تم الحل»</translation>
    </message>
    <message>
        <source>{kind} of a {record}</source>
        <translation>{kind} لـ {record}</translation>
    </message>
    <message>
        <source>change</source>
        <translation>تغيير</translation>
    </message>
    <message>
        <source>record</source>
        <translation>سجل</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>A child is at immediate risk</source>
        <translation>طفل في خطر مباشر</translation>
    </message>
    <message>
        <source>Covering for an absent colleague</source>
        <translation>تغطية زميل غائب</translation>
    </message>
    <message>
        <source>Out-of-hours emergency call</source>
        <translation>مكالمة طوارئ خارج أوقات العمل</translation>
    </message>
    <message>
        <source>Request from police, court or hospital</source>
        <translation>طلب من الشرطة أو المحكمة أو المستشفى</translation>
    </message>
    <message>
        <source>Other (say why below)</source>
        <translation>أخرى (اذكر السبب أدناه)</translation>
    </message>
    <message>
        <source>Open a case outside my caseload</source>
        <translation>فتح حالة خارج حالاتي</translation>
    </message>
    <message>
        <source>Only in an emergency. The server must be reachable: it decides and records it. The case is yours to read for {hours} hours (unless your organisation set another limit), then it leaves this computer. The case&apos;s supervisor is told at once, and everything you do in the case is recorded as emergency access.</source>
        <translation>في حالات الطوارئ فقط. يجب أن يكون الخادم متاحًا: فهو يقرر ذلك ويسجله. يمكنك قراءة الحالة لمدة {hours} ساعة (ما لم تحدد مؤسستك حدًا آخر)، ثم تُزال من هذا الحاسوب. يُبلَّغ مشرف الحالة فورًا، ويُسجَّل كل ما تفعله فيها على أنه وصول طارئ.</translation>
    </message>
    <message>
        <source>For example NRB-00042</source>
        <translation>مثلًا NRB-00042</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Why you need this case now, in your own words</source>
        <translation>لماذا تحتاج هذه الحالة الآن، بكلماتك</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>بكلماتك</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>Give the case number.</source>
        <translation>أدخل رقم الحالة.</translation>
    </message>
    <message>
        <source>Say why you need this case.</source>
        <translation>اذكر سبب حاجتك إلى هذه الحالة.</translation>
    </message>
    <message>
        <source>{devices}; {conflicts}; {refused} to review.</source>
        <translation>{devices}؛ {conflicts}؛ {refused} للمراجعة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device not synced for three days or more</source>
        <translation>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln أجهزة لم تُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices not synced for three days or more</source>
        <translation>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln أجهزة لم تُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
            <numerusform>%Ln جهاز لم يُزامَن منذ ثلاثة أيام أو أكثر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict</source>
        <translation>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارضات مفتوحة</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflicts</source>
        <translation>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارضات مفتوحة</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
            <numerusform>%Ln تعارض مفتوح</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change</source>
        <translation>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغييرات مرفوضة</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused changes</source>
        <translation>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغييرات مرفوضة</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
            <numerusform>%Ln تغيير مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>نشر إصدار جديد…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>{count} forms, {count2} published versions. What was filled in keeps the version it was filled in with.</source>
        <translation>{count} استمارات، {count2} إصدارات منشورة. ما عُبئ يحتفظ بالإصدار الذي عُبئ به.</translation>
    </message>
    <message>
        <source>The service directory is the list of providers caseworkers refer children to; every device receives it at its next sync. Import it from an Open Referral HSDS 3.0 file (JSON, or the CSV data package) or from a plain CSV list of providers: providers imported before are updated, never duplicated, and each import reports what it added, updated and refused.</source>
        <translation>دليل الخدمات هو قائمة مقدمي الخدمات الذين يحيل إليهم الأخصائيون الاجتماعيون الأطفال؛ يتلقاه كل جهاز عند مزامنته التالية. استورده من ملف Open Referral HSDS 3.0 (JSON أو حزمة بيانات CSV) أو من قائمة CSV بسيطة بمقدمي الخدمات: يُحدَّث مقدمو الخدمات المستوردون سابقًا ولا يُكرَّرون، ويبيّن كل استيراد ما أضافه وحدّثه ورفضه.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>استيراد…</translation>
    </message>
    <message>
        <source>Last import ({name}): {report}</source>
        <translation>آخر استيراد ({name}): {report}</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>بيانات الوصول…</translation>
    </message>
    <message>
        <source>Request an erasure…</source>
        <translation>طلب محو…</translation>
    </message>
    <message>
        <source>Approve the erasure…</source>
        <translation>اعتماد المحو…</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>سحب الطلب</translation>
    </message>
    <message>
        <source>Approved or withdrawn by</source>
        <translation>اعتمده أو سحبه</translation>
    </message>
    <message>
        <source>{records} records, {cases} whole cases, {files} files</source>
        <translation>{records} سجلًا، {cases} حالة كاملة، {files} ملفًا</translation>
    </message>
    <message>
        <source>Erasure requests waiting for a second administrator: {count}.</source>
        <translation>طلبات المحو بانتظار مسؤول ثانٍ: {count}.</translation>
    </message>
    <message>
        <source>No erasure request is waiting. An erasure is asked for by one administrator and approved by another.</source>
        <translation>لا يوجد طلب محو بانتظار الاعتماد. يطلب المحوَ مسؤولٌ ويعتمده مسؤولٌ آخر.</translation>
    </message>
    <message>
        <source>Another administrator approves a request you made.</source>
        <translation>يعتمد مسؤول آخر طلبًا قدّمته.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing was fetched.</source>
        <translation>تعذّر التحقق من كلمة المرور؛ لم يُجلب شيء.</translation>
    </message>
    <message>
        <source>The output could not be recorded in the audit log; nothing was saved.</source>
        <translation>تعذّر تسجيل الإخراج في سجل التدقيق؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The file could not be written ({why}).</source>
        <translation>تعذّرت كتابة الملف ({why}).</translation>
    </message>
    <message>
        <source>Approve an erasure</source>
        <translation>اعتماد محو</translation>
    </message>
    <message>
        <source>Erase the records of person {person}, as {user} asked?</source>
        <translation>محو سجلات الشخص {person} كما طلب {user}؟</translation>
    </message>
    <message>
        <source>Their record and every record about them alone are deleted on the server now, and on every device at its next sync; if no one else is left in their household, the whole case with its files. It cannot be undone. The audit log keeps who asked, who approved, and how many records went.</source>
        <translation>يُحذف سجله وكل سجل يخصه وحده على الخادم الآن، وعلى كل جهاز عند مزامنته التالية؛ وإن لم يبقَ أحد غيره في أسرته، فالحالة كلها مع ملفاتها. لا يمكن التراجع عن ذلك. يحتفظ سجل التدقيق بمن طلب ومن اعتمد وعدد السجلات المحذوفة.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>User (by or about)</source>
        <translation>المستخدم (الفاعل أو المعني)</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>معرّف الحالة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>About</source>
        <translation>بخصوص</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>عرض الإدخالات الأقدم</translation>
    </message>
    <message>
        <source>{name}: write the date as YYYY-MM-DD.</source>
        <translation>{name}: اكتب التاريخ بالصيغة YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>لا توجد إدخالات.</translation>
    </message>
    <message>
        <source>{total:,} entries, newest first</source>
        <translation>{total:,} إدخالات، الأحدث أولًا</translation>
    </message>
    <message>
        <source>; the {shown:,} newest shown.</source>
        <translation>؛ تُعرض أحدث {shown:,}.</translation>
    </message>
    <message>
        <source>Your approval of the {kind} of case {case} did not count: {reason}</source>
        <translation>لم يُعتدّ باعتمادك لطلب «{kind}» الخاص بالحالة {case}: {reason}</translation>
    </message>
    <message>
        <source>Your sending back of the {kind} of case {case} did not count: {reason}</source>
        <translation>لم يُعتدّ بإعادتك لطلب «{kind}» الخاص بالحالة {case}: {reason}</translation>
    </message>
    <message>
        <source>request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation>(لم تعد على هذا الجهاز)</translation>
    </message>
    <message>
        <source>{holder} opened case {case} outside their caseload on {when}.</source>
        <translation>فتح {holder} الحالة {case} من خارج عبء حالاته في {when}.</translation>
    </message>
    <message>
        <source>They ended the access at {time}.</source>
        <translation>أنهى الوصول في {time}.</translation>
    </message>
    <message>
        <source>{who} ended the access at {time}.</source>
        <translation>أنهى {who} الوصول في {time}.</translation>
    </message>
    <message>
        <source>The access runs until {time}.</source>
        <translation>يستمر الوصول حتى {time}.</translation>
    </message>
    <message>
        <source>The access ended at {time}.</source>
        <translation>انتهى الوصول في {time}.</translation>
    </message>
    <message>
        <source>Reason: {reason}: {note}</source>
        <translation>السبب: {reason}: {note}</translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>إنهاء الوصول الآن</translation>
    </message>
    <message>
        <source>End this emergency access now: the case leaves their computer at its next sync. Needs a connection to the server.</source>
        <translation>أنهِ هذا الوصول الطارئ الآن: تُزال الحالة من حاسوبه عند المزامنة التالية. يتطلب اتصالاً بالخادم.</translation>
    </message>
    <message>
        <source>This access has already ended.</source>
        <translation>انتهى هذا الوصول بالفعل.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>تم الاطلاع</translation>
    </message>
    <message>
        <source>You have read this: the notice leaves this page and your Today list.</source>
        <translation>لقد قرأت هذا: يُزال الإشعار من هذه الصفحة ومن قائمة اليوم.</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>البت…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>فتح الحالة</translation>
    </message>
    <message>
        <source>You have read this; the Sync page keeps every refused change.</source>
        <translation>لقد قرأت هذا؛ تحتفظ صفحة المزامنة بكل تغيير مرفوض.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>الوصول الطارئ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source> (changed since asked)</source>
        <translation> (تغيّر منذ الطلب)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>لا شيء بانتظار قرارك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلبات بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلبات بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
            <numerusform>%Ln طلب بانتظار قرارك، الأقدم أولًا</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} for more than {days} days</source>
        <translation>؛ {count} منذ أكثر من {days} يومًا</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since it was asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلبات تغيرت منذ تقديمها: يجب على الأخصائي تقديمها من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since they were asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلبات تغيرت منذ تقديمها: يجب على الأخصائي تقديمها من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
            <numerusform>%Ln طلب تغيّر منذ تقديمه: يجب على الأخصائي تقديمه من جديد.</numerusform>
        </translation>
    </message>
    <message>
        <source>It changed since it was asked: the caseworker must submit it again.</source>
        <translation>تغيّر منذ طلبه: يجب على الأخصائي تقديمه من جديد.</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server. Everything stays on this device, encrypted; nothing is sent anywhere.</source>
        <translation>مساحة عمل دون اتصال فقط: لا يوجد خادم. يبقى كل شيء على هذا الجهاز مشفرًا؛ ولا يُرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوحة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>طُلب الإغلاق</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلقة</translation>
    </message>
    <message>
        <source>Critical risk</source>
        <translation>خطر حرج</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>خطر مرتفع</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>خطر متوسط</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>خطر منخفض</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>الخطر غير مقيَّم</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>لا شيء مستحق</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>متأخر منذ {date}</translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>مستحق اليوم ({date})</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>مستحق في {date}</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>الأطفال</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>الاستحقاق التالي</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>الترتيب حسب {column}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(أُزيلت)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي وضع</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>أي مستوى خطر</translation>
    </message>
    <message>
        <source>Any caseworker</source>
        <translation>أي أخصائي</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>أنا</translation>
    </message>
    <message>
        <source>Search names, case numbers and notes (Ctrl+F)</source>
        <translation>البحث في الأسماء وأرقام الحالات والملاحظات (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>البحث في الحالات</translation>
    </message>
    <message>
        <source> (showing the first matches: type more to narrow the search)</source>
        <translation> (تُعرض النتائج الأولى: اكتب المزيد لتضييق البحث)</translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that matches (set them to “Any” to see it)</source>
        <translation>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتائج أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that match (set them to “Any” to see them)</source>
        <translation>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتائج أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
            <numerusform>؛ تخفي عوامل التصفية %Ln نتيجة أخرى (اضبطها على «أي» لرؤيتها)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case matches “{text}”{more}</source>
        <translation>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالات تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases match “{text}”{more}</source>
        <translation>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالات تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
            <numerusform>%Ln حالة تطابق «{text}»{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالات</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالات</numerusform>
            <numerusform>%Ln حالة</numerusform>
            <numerusform>%Ln حالة</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by the server (first)</source>
        <translation>أبقاها الخادم (وصلت أولًا)</translation>
    </message>
    <message>
        <source>Sent later (not applied)</source>
        <translation>أُرسلت لاحقًا (لم تُطبَّق)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>حل…</translation>
    </message>
    <message>
        <source>Choose the value to keep for the selected conflict (Enter)</source>
        <translation>اختر القيمة المراد الإبقاء عليها للتعارض المحدد (Enter)</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>بواسطة، متى</translation>
    </message>
    <message>
        <source> Conflicts arise only when the same field is changed on two devices before they sync, so there are none here.</source>
        <translation> لا تنشأ التعارضات إلا عندما يُعدَّل الحقل نفسه على جهازين قبل مزامنتهما، لذا لا توجد تعارضات هنا.</translation>
    </message>
    <message>
        <source>When the same field was changed on two devices before they synced, the server keeps the value that arrived first and both values are listed here. Choose the value to keep; the choice is synced like any other change.</source>
        <translation>عندما يُعدَّل الحقل نفسه على جهازين قبل مزامنتهما، يحتفظ الخادم بالقيمة التي وصلت أولًا وتُعرض القيمتان هنا. اختر القيمة التي تريد الإبقاء عليها؛ ويُزامَن اختيارك كأي تغيير آخر.</translation>
    </message>
    <message>
        <source>Not saved because of an internal error.</source>
        <translation>لم يُحفظ بسبب خطأ داخلي.</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>آخر {days} يومًا</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> حالة</translation>
    </message>
    <message>
        <source>The most open cases one worker should carry: a line on the caseload chart (saved on this computer).</source>
        <translation>الحد الأقصى للحالات المفتوحة التي ينبغي أن يتولاها أخصائي واحد: خط على مخطط الأعباء (يُحفظ على هذا الحاسوب).</translation>
    </message>
    <message>
        <source>Caseload &amp;ceiling:</source>
        <translation>&amp;سقف الأعباء:</translation>
    </message>
    <message>
        <source>Print the charts and their tables, or save them as a PDF file (Ctrl+P)</source>
        <translation>طباعة المخططات وجداولها أو حفظها كملف PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace: {scope}, {period}.</source>
        <translation>محسوب من مساحة عمل هذا الجهاز: {scope}، {period}.</translation>
    </message>
    <message>
        <source>casemgr dashboard</source>
        <translation>لوحة معلومات casemgr</translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation>مسودة: لم تُرسل بعد</translation>
    </message>
    <message>
        <source>Sent: waiting for an answer</source>
        <translation>أُرسلت: بانتظار الرد</translation>
    </message>
    <message>
        <source>Accepted: service in progress</source>
        <translation>مقبولة: الخدمة جارية</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>صيغت في</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالات جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالات جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
            <numerusform>%Ln إحالة جارية، {waiting} بانتظار رد مقدم الخدمة</numerusform>
        </translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>كل الأخصائيين</translation>
    </message>
    <message>
        <source>{actions} ({open_actions} open)</source>
        <translation>{actions} ({open_actions} مفتوحة)</translation>
    </message>
    <message>
        <source>Show the sessions of</source>
        <translation>عرض جلسات</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>جلسة جديدة…</translation>
    </message>
    <message>
        <source>Record a supervision session with a caseworker of your team; each agreed action becomes their task</source>
        <translation>تسجيل جلسة إشراف مع أخصائي من فريقك؛ يصبح كل إجراء متفق عليه مهمة له</translation>
    </message>
    <message>
        <source>Read…</source>
        <translation>قراءة…</translation>
    </message>
    <message>
        <source>No caseworker of your teams is in the directory on this device yet; sync, then try again.</source>
        <translation>لا يوجد أي أخصائي من فرقك في دليل هذا الجهاز بعد؛ قم بالمزامنة ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>No supervision session with {worker} on this device yet.</source>
        <translation>لا توجد جلسة إشراف مع {worker} على هذا الجهاز بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسات إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسات إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف مع {worker}، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>No supervision session on this device yet.</source>
        <translation>لا توجد جلسة إشراف على هذا الجهاز بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session, newest first.</source>
        <translation>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسات إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions, newest first.</source>
        <translation>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسات إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
            <numerusform>%Ln جلسة إشراف، الأحدث أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision session saved; its agreed actions are the caseworker&apos;s tasks from their next sync.</source>
        <translation>حُفظت جلسة الإشراف؛ تصبح إجراءاتها المتفق عليها مهامَّ للأخصائي من مزامنته التالية.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(محذوف)</translation>
    </message>
    <message>
        <source>No offline permission yet: connect to the server.</source>
        <translation>لا يوجد إذن للعمل دون اتصال بعد: اتصل بالخادم.</translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln day)</source>
        <translation>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln أيام)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln days)</source>
        <translation>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln أيام)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
            <numerusform> (بعد %Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline use allowed until {time}{left}; each sync extends it.</source>
        <translation>العمل دون اتصال مسموح حتى {time}{left}؛ وكل مزامنة تمدده.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>المزامنة الآن</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>بانتظار المزامنة</translation>
    </message>
    <message>
        <source>The server refused these changes (for example a case reassigned meanwhile, or a step no longer allowed). They were taken back out of the case file but are kept here with the values you entered, so nothing is lost: re-enter what still applies.</source>
        <translation>رفض الخادم هذه التغييرات (مثل حالة أُعيد إسنادها في الأثناء، أو خطوة لم تعد مسموحة). أُزيلت من ملف الحالة لكنها محفوظة هنا بالقيم التي أدخلتها، فلا يضيع شيء: أعد إدخال ما لا يزال ينطبق.</translation>
    </message>
    <message>
        <source>Values refused</source>
        <translation>القيم المرفوضة</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>رفضها الخادم</translation>
    </message>
    <message>
        <source> The changes below wait in the outbox; they would be sent if this workspace were linked to a server.</source>
        <translation> تنتظر التغييرات أدناه في صندوق الصادر؛ وستُرسل لو رُبطت مساحة العمل هذه بخادم.</translation>
    </message>
    <message>
        <source>Server: {server_url}</source>
        <translation>الخادم: {server_url}</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>إرسال التغييرات واستلامها الآن (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Syncing… {progress}</source>
        <translation>جارٍ المزامنة… {progress}</translation>
    </message>
    <message>
        <source>Last sync: {summary}</source>
        <translation>آخر مزامنة: {summary}</translation>
    </message>
    <message>
        <source> (the oldest {count} are listed)</source>
        <translation> (تُعرض أقدم {count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة{shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to sync ({count})</source>
        <translation>بانتظار المزامنة ({count})</translation>
    </message>
    <message>
        <source>Refused by the server ({count})</source>
        <translation>رفضها الخادم ({count})</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>لم تتم المزامنة بعد.</translation>
    </message>
    <message>
        <source>Downloading your caseload</source>
        <translation>جارٍ تنزيل حالاتك</translation>
    </message>
    <message>
        <source>Logged in to {server_url} as {user}. Your cases are being downloaded and encrypted on this device; you can start working meanwhile.</source>
        <translation>سُجّل الدخول إلى {server_url} باسم {user}. يجري تنزيل حالاتك وتشفيرها على هذا الجهاز؛ يمكنك بدء العمل في الأثناء.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>المتابعة في الخلفية</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>تم: {summary}</translation>
    </message>
    <message>
        <source> The cases arrive at the next sync.</source>
        <translation> تصل الحالات في المزامنة التالية.</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>بلا حالة</translation>
    </message>
    <message>
        <source>Only tasks assigned to me</source>
        <translation>المهام المسندة إليّ فقط</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>وضع علامة «منجزة»</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>اتُّفق عليها في</translation>
    </message>
    <message>
        <source>Supervision with {supervisor}</source>
        <translation>الإشراف مع {supervisor}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهام مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهام مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
            <numerusform>%Ln مهمة مفتوحة، {overdue} متأخرة</numerusform>
        </translation>
    </message>
    <message>
        <source>This task was agreed in supervision and is in no case.</source>
        <translation>اتُّفق على هذه المهمة في الإشراف ولا تتبع أي حالة.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>الفريق كله</translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visit</source>
        <translation>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارات أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visits</source>
        <translation>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارات أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
            <numerusform>%Ln زيارة أولى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review</source>
        <translation>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعات</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews</source>
        <translation>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعات</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
            <numerusform>%Ln مراجعة</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>آخر زيارة</translation>
    </message>
    <message>
        <source>{worker} holds cases of the team but is no longer an active member of it: give their cases to someone else.</source>
        <translation>لدى {worker} حالات تابعة للفريق لكنه لم يعد عضوًا نشطًا فيه: أسند حالاته إلى شخص آخر.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>الحالات المفتوحة</translation>
    </message>
    <message>
        <source>Open cases at high or critical risk</source>
        <translation>الحالات المفتوحة ذات الخطر المرتفع أو الحرج</translation>
    </message>
    <message>
        <source>Overdue first visits</source>
        <translation>الزيارات الأولى المتأخرة</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>المراجعات المتأخرة</translation>
    </message>
    <message numerus="yes">
        <source>No visit in %Ln days</source>
        <translation>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln أيام</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
            <numerusform>لا زيارة منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose last visit (or, never visited, whose opening) was more than %Ln days ago</source>
        <translation>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln يوم</numerusform>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln يوم</numerusform>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln يوم</numerusform>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln أيام</numerusform>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln يوم</numerusform>
            <numerusform>الحالات المفتوحة التي مضى على آخر زيارة لها (أو على فتحها إن لم تُزر) أكثر من %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload by worker</source>
        <translation>الأعباء حسب الأخصائي</translation>
    </message>
    <message>
        <source>Click a worker to see their cases below</source>
        <translation>انقر على أخصائي لترى حالاته أدناه</translation>
    </message>
    <message>
        <source>No visit in {NO_VISIT_DAYS} days</source>
        <translation>لا زيارة منذ {NO_VISIT_DAYS} يومًا</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>إعادة إسناد…</translation>
    </message>
    <message>
        <source>The team&apos;s cases</source>
        <translation>حالات الفريق</translation>
    </message>
    <message>
        <source>{name} (no longer in the team)</source>
        <translation>{name} (لم يعد في الفريق)</translation>
    </message>
    <message>
        <source>Team {team}</source>
        <translation>الفريق {team}</translation>
    </message>
    <message>
        <source>Teams {teams} and {last}</source>
        <translation>الفرق {teams} و{last}</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>كل الفرق</translation>
    </message>
    <message>
        <source>{who}: {open}, {high} at high or critical risk; {late}; {unvisited}.</source>
        <translation>{who}: {open}، {high} بخطر مرتفع أو حرج؛ {late}؛ {unvisited}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case</source>
        <translation>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالات مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases</source>
        <translation>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالات مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
            <numerusform>%Ln حالة مفتوحة</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} overdue</source>
        <translation>{items} متأخرة</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>لا شيء متأخر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالات دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالات دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
            <numerusform>%Ln حالة دون زيارة منذ {days} يومًا</numerusform>
        </translation>
    </message>
    <message>
        <source> This workspace has not received the server&apos;s list of workers: the workers shown are those who hold cases.</source>
        <translation> لم تتلقَّ مساحة العمل هذه قائمة الأخصائيين من الخادم: الأخصائيون المعروضون هم من لديهم حالات.</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected case to another worker of the team</source>
        <translation>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالات المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected cases to another worker of the team</source>
        <translation>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالات المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
            <numerusform>إسناد الحالة المحددة (%Ln) إلى أخصائي آخر في الفريق</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more cases first (Ctrl+click or Shift+click to select several)</source>
        <translation>حدّد حالة أو أكثر أولًا (Ctrl+نقر أو Shift+نقر لتحديد عدة حالات)</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>، {count} محددة</translation>
    </message>
    <message>
        <source>Visits and reviews due this week</source>
        <translation>الزيارات والمراجعات المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Tasks due this week</source>
        <translation>المهام المستحقة هذا الأسبوع</translation>
    </message>
    <message>
        <source>Sent back by your supervisor</source>
        <translation>أعاده مشرفك</translation>
    </message>
    <message>
        <source>Sent back on</source>
        <translation>أُعيد في</translation>
    </message>
    <message>
        <source>Referrals waiting for an answer</source>
        <translation>إحالات بانتظار الرد</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>تغيّر منذ آخر اطلاع لك</translation>
    </message>
    <message>
        <source>{kind} sent back by {who}</source>
        <translation>{kind}: أعاده {who}</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>المشرف</translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln day past its time</source>
        <translation>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln أيام</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln days past its time</source>
        <translation>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln أيام</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
            <numerusform>إحالة {service} ({urgency}): لا رد، متأخرة %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} approved</source>
        <translation>{kind}: معتمد</translation>
    </message>
    <message>
        <source>{kind} sent back</source>
        <translation>{kind}: معاد</translation>
    </message>
    <message>
        <source>{record}: {name}</source>
        <translation>{record}: {name}</translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln day)</source>
        <translation>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln أيام)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln days)</source>
        <translation>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln أيام)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
            <numerusform> (متأخرة %Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to {provider}</source>
        <translation>أُرسلت إلى {provider}</translation>
    </message>
    <message>
        <source>Added by {who}</source>
        <translation>أضافه {who}</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>عدّله {who}</translation>
    </message>
    <message>
        <source>: “{comment}”</source>
        <translation>: «{comment}»</translation>
    </message>
    <message>
        <source>Agreed in supervision with {supervisor}</source>
        <translation>اتُّفق عليها في الإشراف مع {supervisor}</translation>
    </message>
    <message>
        <source>Assigned to {worker}</source>
        <translation>مسندة إلى {worker}</translation>
    </message>
    <message>
        <source>Nothing due this week, nothing sent back or waiting, and nothing new in your cases.</source>
        <translation>لا شيء مستحق هذا الأسبوع، ولا شيء معاد أو معلّق، ولا جديد في حالاتك.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due this week</source>
        <translation>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
            <numerusform>%Ln مستحقة هذا الأسبوع</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>، %Ln متأخرة</numerusform>
            <numerusform>، %Ln متأخرة</numerusform>
            <numerusform>، %Ln متأخرة</numerusform>
            <numerusform>، %Ln متأخرة</numerusform>
            <numerusform>، %Ln متأخرة</numerusform>
            <numerusform>، %Ln متأخرة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent back</source>
        <translation>
            <numerusform>%Ln معاد</numerusform>
            <numerusform>%Ln معاد</numerusform>
            <numerusform>%Ln معاد</numerusform>
            <numerusform>%Ln معادة</numerusform>
            <numerusform>%Ln معاد</numerusform>
            <numerusform>%Ln معاد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral waiting</source>
        <translation>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالات معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals waiting</source>
        <translation>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالات معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
            <numerusform>%Ln إحالة معلّقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others since {time}</source>
        <translation>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغييرات من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others since {time}</source>
        <translation>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغييرات من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
            <numerusform>%Ln تغيير من آخرين منذ {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others in the last week</source>
        <translation>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغييرات من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others in the last week</source>
        <translation>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغييرات من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
            <numerusform>%Ln تغيير من آخرين في الأسبوع الماضي</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {counts}.</source>
        <translation>اليوم: {counts}.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>تحقق</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>طلب موافقة</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>معتمد</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>مرفق</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>مقدم الرعاية</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>مراجعة الحالة</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>مساعدة نقدية</translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>عمل الأطفال</translation>
    </message>
    <message>
        <source>Child marriage (or at risk)</source>
        <translation>زواج الأطفال (أو خطره)</translation>
    </message>
    <message>
        <source>Child seen</source>
        <translation>شوهد الطفل</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>أُغلقت في</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>سبب الإغلاق</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>تعارض</translation>
    </message>
    <message>
        <source>Consent of the family</source>
        <translation>موافقة الأسرة</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>الموافقة مسجلة</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>يتأقلم</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>أمر قضائي</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرج</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>إعاقة</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>خدمات الإعاقة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>متروك</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>Emotional abuse</source>
        <translation>الإساءة النفسية</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>العمر التقديري</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>الاستغلال</translation>
    </message>
    <message>
        <source>Exposure to domestic violence</source>
        <translation>التعرض للعنف الأسري</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>دعم الأسرة</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>الزيارة الأولى</translation>
    </message>
    <message>
        <source>First visit to the child and family</source>
        <translation>الزيارة الأولى للطفل والأسرة</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>الغذاء</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(لا يوجد ملخّص)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(لم يُذكر سبب)</translation>
    </message>
    <message>
        <source>1 open task (cancelled if approved)</source>
        <translation>مهمة مفتوحة واحدة (تُلغى عند الاعتماد)</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 يوم</translation>
    </message>
    <message>
        <source>3–5 days</source>
        <translation>3–5 أيام</translation>
    </message>
    <message>
        <source>6–10 days</source>
        <translation>6–10 أيام</translation>
    </message>
    <message>
        <source>A case cannot be closed directly: request closure, and the case closes when a supervisor approves the request.</source>
        <translation>لا يمكن إغلاق الحالة مباشرةً: اطلب الإغلاق، وتُغلق الحالة عندما يعتمد المشرف الطلب.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>لا يمكن فتح حالة بتاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {target}.</source>
        <translation>لا يمكن أن تنتقل الحالة من «{current}» إلى «{target}».</translation>
    </message>
    <message>
        <source>A case is closed, not deleted.</source>
        <translation>تُغلق الحالة ولا تُحذف.</translation>
    </message>
    <message>
        <source>A case keeps its case number.</source>
        <translation>تحتفظ الحالة برقمها.</translation>
    </message>
    <message>
        <source>A case waiting for closure approval cannot go back to open.</source>
        <translation>لا يمكن أن تعود الحالة التي تنتظر اعتماد الإغلاق إلى وضع «مفتوحة».</translation>
    </message>
    <message>
        <source>A caseworker needs a team: their cases go to its supervisor.</source>
        <translation>يحتاج الأخصائي الاجتماعي إلى فريق: تذهب حالاته إلى مشرف الفريق.</translation>
    </message>
    <message>
        <source>A child is under 18; record adults as caregiver or other.</source>
        <translation>الطفل دون 18 عامًا؛ سجّل البالغين بصفة مقدّم رعاية أو غير ذلك.</translation>
    </message>
    <message>
        <source>A closed case cannot go back to open.</source>
        <translation>لا يمكن أن تعود الحالة المغلقة إلى وضع «مفتوحة».</translation>
    </message>
    <message>
        <source>A closed case cannot have its closure requested.</source>
        <translation>لا يمكن طلب إغلاق حالة مغلقة.</translation>
    </message>
    <message>
        <source>A conflict changes only by recording how it was resolved.</source>
        <translation>لا يتغيّر التعارض إلا بتسجيل طريقة حلّه.</translation>
    </message>
    <message>
        <source>A conflict is resolved, not deleted.</source>
        <translation>يُحلّ التعارض ولا يُحذف.</translation>
    </message>
    <message>
        <source>A decision approves the request or sends it back.</source>
        <translation>القرار إما أن يعتمد الطلب أو يعيده.</translation>
    </message>
    <message>
        <source>A decision is recorded under the name of whoever makes it.</source>
        <translation>يُسجَّل القرار باسم من يتخذه.</translation>
    </message>
    <message>
        <source>A draft referral cannot be accepted.</source>
        <translation>لا يمكن قبول إحالة لا تزال مسودة.</translation>
    </message>
    <message>
        <source>A draft referral cannot be completed.</source>
        <translation>لا يمكن إتمام إحالة لا تزال مسودة.</translation>
    </message>
    <message>
        <source>A draft referral cannot be declined.</source>
        <translation>لا يمكن رفض إحالة لا تزال مسودة.</translation>
    </message>
    <message>
        <source>A family on a case stays on record; correct its details instead.</source>
        <translation>تبقى الأسرة المرتبطة بحالة مسجّلة؛ صحّح بياناتها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A form definition is one JSON object ({ … }), not a list or a single value.</source>
        <translation>تعريف النموذج كائن JSON واحد ({ … })، وليس قائمة ولا قيمة مفردة.</translation>
    </message>
    <message>
        <source>A new case starts open.</source>
        <translation>تبدأ الحالة الجديدة مفتوحة.</translation>
    </message>
    <message>
        <source>A new plan starts as a draft; submit it for approval.</source>
        <translation>تبدأ الخطة الجديدة مسودة؛ قدّمها للموافقة.</translation>
    </message>
    <message>
        <source>A pending request changes only by a supervisor&apos;s decision.</source>
        <translation>لا يتغيّر الطلب المعلّق إلا بقرار من المشرف.</translation>
    </message>
    <message>
        <source>A person is named by their id (as the case file&apos;s household shows it), 36 letters, digits and dashes.</source>
        <translation>يُشار إلى الشخص بمعرّفه (كما يظهر في أسرة ملف الحالة): 36 حرفًا ورقمًا وشرطة.</translation>
    </message>
    <message>
        <source>A plan back in draft has no submission or approval.</source>
        <translation>الخطة التي عادت مسودة ليس لها تقديم ولا اعتماد.</translation>
    </message>
    <message>
        <source>A plan is approved only after it is submitted.</source>
        <translation>لا تُعتمد الخطة إلا بعد تقديمها.</translation>
    </message>
    <message>
        <source>A plan is approved only by a supervisor&apos;s decision on its approval request.</source>
        <translation>لا تُعتمد الخطة إلا بقرار من المشرف بشأن طلب الموافقة عليها.</translation>
    </message>
    <message>
        <source>A plan is submitted under the name of whoever submits it.</source>
        <translation>تُقدَّم الخطة باسم من يقدّمها.</translation>
    </message>
    <message>
        <source>A plan that was submitted stays on record; change it instead.</source>
        <translation>تبقى الخطة المقدَّمة مسجّلة؛ عدّلها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A referral cannot go from {current} to {target}.</source>
        <translation>لا يمكن أن تنتقل الإحالة من «{current}» إلى «{target}».</translation>
    </message>
    <message>
        <source>A referral that was sent stays on record; cancel it instead.</source>
        <translation>تبقى الإحالة المرسلة مسجّلة؛ ألغِها بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A request cannot be altered; make a new request instead.</source>
        <translation>لا يمكن تعديل الطلب؛ قدّم طلبًا جديدًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A request decided by the person who made it does not count; another supervisor must decide it.</source>
        <translation>لا يُعتدّ بطلب بتّ فيه الشخص الذي قدّمه؛ يجب أن يبتّ فيه مشرف آخر.</translation>
    </message>
    <message>
        <source>A request is made under the name of whoever makes it.</source>
        <translation>يُقدَّم الطلب باسم من يقدّمه.</translation>
    </message>
    <message>
        <source>A request starts undecided; a supervisor decides it.</source>
        <translation>يبدأ الطلب دون قرار؛ ويبتّ فيه المشرف.</translation>
    </message>
    <message>
        <source>A sent referral cannot be changed; cancel it and make a new one.</source>
        <translation>لا يمكن تغيير إحالة مرسلة؛ ألغِها وأنشئ إحالة جديدة.</translation>
    </message>
    <message>
        <source>A sent referral cannot be completed.</source>
        <translation>لا يمكن إتمام إحالة مرسلة قبل قبولها.</translation>
    </message>
    <message>
        <source>A sent referral cannot be corrected; cancel it and make a new one.</source>
        <translation>لا يمكن تصحيح إحالة مرسلة؛ ألغِها وأنشئ إحالة جديدة.</translation>
    </message>
    <message>
        <source>A sent referral cannot be draft.</source>
        <translation>لا يمكن أن تعود الإحالة المرسلة مسودة.</translation>
    </message>
    <message>
        <source>A supervision session is recorded by a supervisor with someone else.</source>
        <translation>يسجّل المشرفُ جلسة الإشراف مع شخص آخر.</translation>
    </message>
    <message>
        <source>A supervision session stays with the worker it was recorded with; record a new session instead.</source>
        <translation>تبقى جلسة الإشراف مرتبطة بالعامل الذي سُجّلت معه؛ سجّل جلسة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A supervisor needs a team: their cases go to its supervisor.</source>
        <translation>يحتاج المشرف إلى فريق: تذهب حالاته إلى مشرف الفريق.</translation>
    </message>
    <message>
        <source>A task agreed in supervision is done or cancelled by its worker; what it says is changed by the supervisor who agreed it.</source>
        <translation>يُنجز العامل المعني المهمة المتفق عليها في الإشراف أو يلغيها؛ أما مضمونها فيغيّره المشرف الذي اتفق عليها.</translation>
    </message>
    <message>
        <source>A task agreed in supervision starts open.</source>
        <translation>تبدأ المهمة المتفق عليها في الإشراف مفتوحة.</translation>
    </message>
    <message>
        <source>A task agreed in supervision stays with the worker it was agreed with; agree a new one instead.</source>
        <translation>تبقى المهمة المتفق عليها في الإشراف مرتبطة بالعامل الذي اتُّفق معه عليها؛ اتفقا على مهمة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits or . _ @ -, and starts with a letter or a digit.</source>
        <translation>يتكوّن اسم المستخدم من 1 إلى 64 حرفًا أو رقمًا أو . _ @ -، ويبدأ بحرف أو رقم.</translation>
    </message>
    <message>
        <source>A {record} record cannot be corrected this way.</source>
        <translation>لا يمكن تصحيح سجل من نوع «{record}» بهذه الطريقة.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>All counts under 5: not shown.</source>
        <translation>كل الأعداد أقل من 5: لا تُعرض.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be declined.</source>
        <translation>لا يمكن رفض إحالة مقبولة.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be draft.</source>
        <translation>لا يمكن أن تعود الإحالة المقبولة مسودة.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be sent.</source>
        <translation>لا يمكن إرسال إحالة مقبولة من جديد.</translation>
    </message>
    <message>
        <source>An action can be tied only to one of the cases discussed.</source>
        <translation>لا يمكن ربط الإجراء إلا بإحدى الحالات التي نوقشت.</translation>
    </message>
    <message>
        <source>An active case cannot go back to open.</source>
        <translation>لا يمكن أن تعود الحالة النشطة إلى وضع «مفتوحة».</translation>
    </message>
    <message>
        <source>An administrator records no casework: an action in a case is agreed by the worker&apos;s supervisor.</source>
        <translation>لا يسجّل المسؤول أي عمل على الحالات: يتفق مشرف العامل على الإجراء الخاص بحالة ما.</translation>
    </message>
    <message>
        <source>An agreed action is due on or after the day of the session.</source>
        <translation>يحين موعد الإجراء المتفق عليه في يوم الجلسة أو بعده.</translation>
    </message>
    <message>
        <source>An approved plan is submitted again only after it is changed.</source>
        <translation>لا تُقدَّم الخطة المعتمدة من جديد إلا بعد تعديلها.</translation>
    </message>
    <message>
        <source>An assessment is corrected through its form (correct_assessment), which scores it again.</source>
        <translation>يُصحَّح التقييم عبر نموذجه (correct_assessment)، الذي يعيد احتساب درجته.</translation>
    </message>
    <message>
        <source>An erasure is approved by another administrator than the one who asked for it: ask a colleague who is an administrator to approve it.</source>
        <translation>يعتمد المحوَ مسؤولٌ غير الذي طلبه: اطلب من زميل مسؤول أن يعتمده.</translation>
    </message>
    <message>
        <source>An export with names of more than one case needs a supervisor or an administrator: de-identify it, or export one case.</source>
        <translation>يتطلب تصدير أسماء أكثر من حالة واحدة مشرفًا أو مسؤولًا: أزل بيانات الهوية منه، أو صدّر حالة واحدة.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>الاعتماد</translation>
    </message>
    <message>
        <source>Approval requests and decisions stay on record.</source>
        <translation>تبقى طلبات الموافقة والقرارات مسجّلة.</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>اعتمده {who}</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>اعتمده {who} في {when}</translation>
    </message>
    <message>
        <source>Approving a plan changes nothing else in it.</source>
        <translation>اعتماد الخطة لا يغيّر فيها شيئًا آخر.</translation>
    </message>
    <message>
        <source>Case plan approval turnaround</source>
        <translation>مدة اعتماد خطط الحالات</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), last approved {date}</source>
        <translation>خطة الحالة {case_number} ({family})، آخر اعتماد في {date}</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), never approved before</source>
        <translation>خطة الحالة {case_number} ({family})، لم تُعتمد من قبل</translation>
    </message>
    <message>
        <source>Case summary: {number}</source>
        <translation>ملخص الحالة: {number}</translation>
    </message>
    <message>
        <source>Case summary: {number} · {family} family</source>
        <translation>ملخص الحالة: {number} · أسرة {family}</translation>
    </message>
    <message>
        <source>Case: give the case&apos;s id, 36 letters, digits and dashes (the Sync health tab shows it; Audit of the case fills it in).</source>
        <translation>الحالة: اذكر معرّف الحالة، 36 حرفًا ورقمًا وشَرطة (يعرضه تبويب سلامة المزامنة؛ ويملؤه «تدقيق الحالة»).</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>عبء الحالات لكل أخصائي</translation>
    </message>
    <message>
        <source>Cases by risk and status</source>
        <translation>الحالات حسب الخطر والوضع</translation>
    </message>
    <message>
        <source>Cases not closed assigned to each worker today (the period does not apply), and how many of them are high or critical risk, against the ceiling of {ceiling} cases per worker.</source>
        <translation>الحالات غير المغلقة المسندة إلى كل أخصائي اليوم (لا تنطبق الفترة)، وعدد ما كان منها عالي الخطورة أو حرجًا، مقارنةً بالحد الأقصى البالغ {ceiling} حالة لكل أخصائي.</translation>
    </message>
    <message>
        <source>Cases open at any time in the period (opened by its last day, not closed before its first), by their risk level and status today.</source>
        <translation>الحالات المفتوحة في أي وقت خلال الفترة (فُتحت حتى يومها الأخير ولم تُغلق قبل يومها الأول)، حسب مستوى الخطر والوضع الحالي.</translation>
    </message>
    <message>
        <source>Cases opened in the period, by risk level today: the target and the median days from opening to the first visit recorded; how many were visited within the target (In time) or after it (Late), and of those not visited yet, how many are past the target (Overdue) or still within it (Not due). A case not assessed has the target of high risk.</source>
        <translation>الحالات التي فُتحت خلال الفترة، حسب مستوى الخطر الحالي: الهدف ووسيط الأيام من الفتح حتى أول زيارة مسجلة؛ وعدد ما زير منها ضمن الهدف (في الوقت) أو بعده (متأخر)، ومن التي لم تُزر بعد، عدد ما تجاوز الهدف (متجاوز) أو ما زال ضمنه (غير مستحق بعد). الحالة غير المقيّمة تأخذ هدف الخطر العالي.</translation>
    </message>
    <message>
        <source>Changing a submitted or approved plan puts it back to draft.</source>
        <translation>تعديل خطة مقدَّمة أو معتمدة يعيدها مسودة.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>اختر دورًا.</translation>
    </message>
    <message>
        <source>Choose an HSDS JSON file (.json), an HSDS CSV data package (its folder, or a .zip of it) or a CSV file of providers (.csv).</source>
        <translation>اختر ملف HSDS JSON ‏(.json)، أو حزمة بيانات HSDS CSV (مجلدها أو ملف .zip منه)، أو ملف CSV لمقدمي الخدمات (.csv).</translation>
    </message>
    <message>
        <source>Choose at least one case to reassign.</source>
        <translation>اختر حالة واحدة على الأقل لإعادة إسنادها.</translation>
    </message>
    <message>
        <source>Choose the worker this session was with.</source>
        <translation>اختر العامل الذي عُقدت معه هذه الجلسة.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>أُغلقت في {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>أُغلقت في {date}: {reason}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}</source>
        <translation>قائمة التحقق من الإغلاق بتاريخ {date}: الدرجة {score}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}, risk remaining {risk}</source>
        <translation>قائمة التحقق من الإغلاق بتاريخ {date}: الدرجة {score}، والخطر المتبقي {risk}</translation>
    </message>
    <message>
        <source>Closure has already been requested for this case.</source>
        <translation>سبق أن طُلب إغلاق هذه الحالة.</translation>
    </message>
    <message>
        <source>Closure of {case_number} ({family})</source>
        <translation>إغلاق الحالة {case_number} ({family})</translation>
    </message>
    <message>
        <source>Conflicts are recorded by sync, not by hand.</source>
        <translation>تسجّل المزامنةُ التعارضات، ولا تُسجَّل يدويًا.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far.</source>
        <translation>الأيام من طلب اعتماد خطة الحالة حتى قرار المشرف (أيام تقويمية)، للخطط التي بُتّ فيها خلال الفترة: معتمدة أو مُعادة؛ والخطط التي ما زالت تنتظر اليوم، حسب الأيام التي انتظرتها حتى الآن.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far. Median of those decided: {median} days.</source>
        <translation>الأيام من طلب اعتماد خطة الحالة حتى قرار المشرف (أيام تقويمية)، للخطط التي بُتّ فيها خلال الفترة: معتمدة أو مُعادة؛ والخطط التي ما زالت تنتظر اليوم، حسب الأيام التي انتظرتها حتى الآن. وسيط الخطط المبتوت فيها: {median} يوم.</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Does not match the expected format.</source>
        <translation>لا يطابق الصيغة المتوقعة.</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>أُنجزت متأخرة</translation>
    </message>
    <message>
        <source>Each agreed action has a task of its own.</source>
        <translation>لكل إجراء متفق عليه مهمته الخاصة.</translation>
    </message>
    <message>
        <source>Each case is discussed once; give one decision for it.</source>
        <translation>تُناقش كل حالة مرة واحدة؛ اذكر قرارًا واحدًا بشأنها.</translation>
    </message>
    <message>
        <source>Each option can be chosen only once.</source>
        <translation>لا يمكن اختيار أي خيار إلا مرة واحدة.</translation>
    </message>
    <message>
        <source>Family and household</source>
        <translation>الأسرة والمنزل</translation>
    </message>
    <message>
        <source>From is after To: no day is in between.</source>
        <translation>«من» يقع بعد «إلى»: لا يوجد أي يوم بينهما.</translation>
    </message>
    <message>
        <source>Give an age between 0 and 120.</source>
        <translation>اذكر عمرًا بين 0 و120 عامًا.</translation>
    </message>
    <message>
        <source>Give the decision taken for case {case_number}.</source>
        <translation>اذكر القرار المتخذ بشأن الحالة {case_number}.</translation>
    </message>
    <message>
        <source>Give the decision taken for each case discussed.</source>
        <translation>اذكر القرار المتخذ بشأن كل حالة نوقشت.</translation>
    </message>
    <message>
        <source>Give the user a name to sign in with.</source>
        <translation>أعطِ المستخدم اسمًا لتسجيل الدخول.</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>الهدف: {goal}</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status})</source>
        <translation>الهدف: {goal} ({status})</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status}, by {due})</source>
        <translation>الهدف: {goal} ({status}، بحلول {due})</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>الرعاية الصحية</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>ثقيل</translation>
    </message>
    <message>
        <source>High</source>
        <translation>مرتفع</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>عالٍ أو حرج</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>في الوقت</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>متأخر</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>المساعدة القانونية</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>خفيف</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفض</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Manageable</source>
        <translation>يمكن التعامل معه</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>الوسيط</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسط</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>الصحة النفسية</translation>
    </message>
    <message>
        <source>Must be a date (YYYY-MM-DD).</source>
        <translation>يجب أن يكون تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Must be a list of the listed options.</source>
        <translation>يجب أن يكون قائمة من الخيارات المعروضة.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>يجب أن يكون رقمًا.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>يجب أن يكون سطرًا واحدًا.</translation>
    </message>
    <message>
        <source>Must be a whole number from {min} to {max}.</source>
        <translation>يجب أن يكون عددًا صحيحًا من {min} إلى {max}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>يجب أن يكون عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>يجب أن يكون {min} على الأقل.</translation>
    </message>
    <message>
        <source>Must be at least {n} characters long.</source>
        <translation>يجب أن يتكوّن من {n} حرفًا على الأقل.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>يجب ألا يتجاوز {max}.</translation>
    </message>
    <message>
        <source>Must be at most {n} characters long.</source>
        <translation>يجب ألا يتجاوز {n} حرفًا.</translation>
    </message>
    <message>
        <source>Must be one of the listed options.</source>
        <translation>يجب أن يكون أحد الخيارات المعروضة.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>يجب أن يكون نصًا.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>يجب أن يكون نعم أو لا.</translation>
    </message>
    <message>
        <source>Must not contain control characters.</source>
        <translation>يجب ألا يحتوي على محارف تحكّم.</translation>
    </message>
    <message>
        <source>Names, addresses and phone numbers of the family are withheld in this copy; each person is shown by their role and a number.</source>
        <translation>أُخفيت أسماء أفراد الأسرة وعناوينهم وأرقام هواتفهم في هذه النسخة؛ ويظهر كل شخص بدوره ورقم.</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>الإهمال</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>لا رد</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>لا يوجد تقييم بعد.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>لا توجد حالة مفتوحة.</translation>
    </message>
    <message>
        <source>No case plan was decided in this period, and none is waiting.</source>
        <translation>لم يُبتّ في أي خطة حالة خلال هذه الفترة، ولا توجد خطة تنتظر.</translation>
    </message>
    <message>
        <source>No case plan yet.</source>
        <translation>لا توجد خطة حالة بعد.</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>لم تكن هناك حالة مفتوحة خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>No case was opened in this period.</source>
        <translation>لم تُفتح أي حالة خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>No closure checklist was completed for this case.</source>
        <translation>لم تُستكمل أي قائمة تحقق من الإغلاق لهذه الحالة.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>لا توجد أهداف بعد.</translation>
    </message>
    <message>
        <source>No one recorded.</source>
        <translation>لم يُسجَّل أحد.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>لا توجد مهمة مفتوحة.</translation>
    </message>
    <message>
        <source>No referral was sent in this period.</source>
        <translation>لم تُرسل أي إحالة خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>لا توجد إحالة بعد.</translation>
    </message>
    <message>
        <source>No such assessment form on this device.</source>
        <translation>نموذج التقييم هذا غير موجود على هذا الجهاز.</translation>
    </message>
    <message>
        <source>No task is overdue, and none was done late in this period.</source>
        <translation>لا توجد مهمة متأخرة، ولم تُنجز أي مهمة متأخرة خلال هذه الفترة.</translation>
    </message>
    <message>
        <source>No visit yet.</source>
        <translation>لا توجد زيارة بعد.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>لا أحد</translation>
    </message>
    <message>
        <source>Not approved: a draft not yet submitted</source>
        <translation>غير معتمد: مسودة لم تُقدَّم بعد</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>غير مقيَّم</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>غير مستحق بعد</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>Offline: the admin console needs the server. {why} Connect to the network, then press Refresh (F5).</source>
        <translation>غير متصل: تحتاج وحدة تحكم الإدارة إلى الخادم. {why} اتصل بالشبكة، ثم اضغط «تحديث» (F5).</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>لا يمكن إعادة فتح إلا حالة مغلقة.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>لا يكون تاريخ الإغلاق إلا لحالة مغلقة.</translation>
    </message>
    <message>
        <source>Only a supervisor of this case&apos;s team (or an administrator) sees who opened it.</source>
        <translation>لا يرى من فتح هذه الحالة إلا مشرف من فريقها (أو مسؤول).</translation>
    </message>
    <message>
        <source>Only an open task can be corrected.</source>
        <translation>لا يمكن تصحيح إلا مهمة مفتوحة.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this supervision session.</source>
        <translation>لا يغيّر جلسة الإشراف هذه إلا كاتبها، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this task.</source>
        <translation>لا يغيّر هذه المهمة إلا كاتبها، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this assessment.</source>
        <translation>لا يصحّح هذا التقييم إلا كاتبه، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this record.</source>
        <translation>لا يصحّح هذا السجل إلا كاتبه، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this referral.</source>
        <translation>لا يصحّح هذه الإحالة إلا كاتبها، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this task.</source>
        <translation>لا يصحّح هذه المهمة إلا كاتبها، {author}.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this visit.</source>
        <translation>لا يصحّح هذه الزيارة إلا كاتبها، {author}.</translation>
    </message>
    <message>
        <source>Only the supervisor who decided the request can carry it out.</source>
        <translation>لا ينفّذ الطلبَ إلا المشرف الذي بتّ فيه.</translation>
    </message>
    <message>
        <source>Only {worker}&apos;s open cases can be discussed here.</source>
        <translation>لا يمكن أن تُناقش هنا إلا الحالات المفتوحة لدى {worker}.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>فرد آخر من الأسرة المعيشية</translation>
    </message>
    <message>
        <source>Over 10 days</source>
        <translation>أكثر من 10 أيام</translation>
    </message>
    <message>
        <source>Over the ceiling by</source>
        <translation>تجاوز الحد بمقدار</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>متأخرة يومًا واحدًا</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>متأخرة {days} يومًا</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>متأخرة الآن</translation>
    </message>
    <message>
        <source>Overdue now: open tasks whose due date has passed, however long ago (the period does not hide old ones). Done late: tasks ticked off in the period after their due date. A task counts for the worker it is assigned to, else the case&apos;s worker; tasks in no case (agreed in supervision) are not counted.</source>
        <translation>متأخرة الآن: مهام مفتوحة فات موعد استحقاقها مهما طال (لا تُخفي الفترة القديمة منها). أُنجزت متأخرة: مهام أُنجزت خلال الفترة بعد موعد استحقاقها. تُحسب المهمة للأخصائي المسندة إليه، وإلا لأخصائي الحالة؛ ولا تُحسب المهام التي لا تتبع حالة (المتفق عليها في الإشراف).</translation>
    </message>
    <message>
        <source>Overdue work per worker</source>
        <translation>العمل المتأخر لكل أخصائي</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>الإساءة الجسدية</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>هدف الخطة</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>ذو أولوية</translation>
    </message>
    <message>
        <source>Reason for the risk level</source>
        <translation>سبب مستوى الخطر</translation>
    </message>
    <message>
        <source>Reason to refer without consent</source>
        <translation>سبب الإحالة دون موافقة</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>السبب: {reason}</translation>
    </message>
    <message>
        <source>Record the date the case was closed.</source>
        <translation>سجّل تاريخ إغلاق الحالة.</translation>
    </message>
    <message>
        <source>Record the date the referral was sent.</source>
        <translation>سجّل تاريخ إرسال الإحالة.</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent, or the reason to refer without it, before sending</source>
        <translation>سجّل موافقة الأسرة، أو سبب الإحالة من دونها، قبل الإرسال</translation>
    </message>
    <message>
        <source>Record when the decision was made.</source>
        <translation>سجّل متى اتُّخذ القرار.</translation>
    </message>
    <message>
        <source>Record who was present or what you observed.</source>
        <translation>سجّل من كان حاضرًا أو ما لاحظته.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>إحالة</translation>
    </message>
    <message>
        <source>Referral outcomes by service</source>
        <translation>نتائج الإحالات حسب الخدمة</translation>
    </message>
    <message>
        <source>Referrals sent in the period, by service type and where each stands today: the service completed, accepted by the provider (under way), declined, cancelled, or no answer yet. Drafts not sent are not counted.</source>
        <translation>الإحالات المرسلة خلال الفترة، حسب نوع الخدمة ووضع كل منها اليوم: اكتملت الخدمة، أو قبلها مقدم الخدمة (جارية)، أو رُفضت، أو أُلغيت، أو لا رد بعد. لا تُحسب المسودات غير المرسلة.</translation>
    </message>
    <message>
        <source>Request closure with a closure request, so that a supervisor sees it and decides.</source>
        <translation>اطلب الإغلاق عبر طلب إغلاق، ليطّلع عليه المشرف ويبتّ فيه.</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>سجل الخطر</translation>
    </message>
    <message>
        <source>Say what was agreed for each action.</source>
        <translation>اذكر ما اتُّفق عليه لكل إجراء.</translation>
    </message>
    <message>
        <source>Say why the risk level changes.</source>
        <translation>اذكر سبب تغيّر مستوى الخطر.</translation>
    </message>
    <message>
        <source>Select at least {n}.</source>
        <translation>اختر {n} على الأقل.</translation>
    </message>
    <message>
        <source>Select at most {n}.</source>
        <translation>اختر {n} على الأكثر.</translation>
    </message>
    <message>
        <source>Submit the plan with an approval request, so that a supervisor sees it and decides.</source>
        <translation>قدّم الخطة عبر طلب موافقة، ليطّلع عليه المشرف ويبتّ فيه.</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>الملخّص: {summary}</translation>
    </message>
    <message>
        <source>Supervision of {worker} {date}</source>
        <translation>إشراف على {worker} {date}</translation>
    </message>
    <message>
        <source>That is not an approval request.</source>
        <translation>هذا ليس طلب موافقة.</translation>
    </message>
    <message>
        <source>That is not an assessment.</source>
        <translation>هذا ليس تقييمًا.</translation>
    </message>
    <message>
        <source>That visit is not on this device.</source>
        <translation>هذه الزيارة غير موجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>The answers must be a JSON object.</source>
        <translation>يجب أن تكون الإجابات كائن JSON.</translation>
    </message>
    <message>
        <source>The case changed since closure was requested, so this request no longer matches it; closure must be requested again.</source>
        <translation>تغيّرت الحالة منذ طلب إغلاقها، فلم يعد هذا الطلب مطابقًا لها؛ يجب طلب الإغلاق من جديد.</translation>
    </message>
    <message>
        <source>The case is already at this risk level; choose another level.</source>
        <translation>الحالة في مستوى الخطر هذا بالفعل؛ اختر مستوى آخر.</translation>
    </message>
    <message>
        <source>The closing date is set only when a case is closed.</source>
        <translation>لا يُحدَّد تاريخ الإغلاق إلا عند إغلاق الحالة.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>لا يمكن أن يكون التاريخ في المستقبل.</translation>
    </message>
    <message>
        <source>The file could not be read ({why}).</source>
        <translation>تعذّرت قراءة الملف ({why}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; a form definition is JSON.</source>
        <translation>الملف ليس نصًا بترميز UTF-8؛ تعريف النموذج ملف JSON.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {line}, column {column}).</source>
        <translation>الملف ليس JSON صالحًا: {problem} (السطر {line}، العمود {column}).</translation>
    </message>
    <message>
        <source>The folder {folder} holds no CSV files: choose the folder of an HSDS CSV data package (services.csv, organizations.csv, …).</source>
        <translation>لا يحتوي المجلد {folder} على ملفات CSV: اختر مجلد حزمة بيانات HSDS CSV ‏(services.csv، organizations.csv، …).</translation>
    </message>
    <message>
        <source>The plan changed since it was submitted, so this request no longer matches it; the plan must be submitted again.</source>
        <translation>تغيّرت الخطة منذ تقديمها، فلم يعد هذا الطلب مطابقًا لها؛ يجب تقديم الخطة من جديد.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing; try again in a few minutes. If it goes on, tell your IT support.</source>
        <translation>واجه الخادم مشكلة ولم يغيّر شيئًا؛ أعد المحاولة بعد بضع دقائق. وإذا استمرت المشكلة، فأبلغ الدعم الفني.</translation>
    </message>
    <message>
        <source>The server is busy: {detail}</source>
        <translation>الخادم مشغول: {detail}</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>رفض الخادم هذا.</translation>
    </message>
    <message>
        <source>The server refused: only an administrator may do this, and this account is not one on the server now.</source>
        <translation>رفض الخادم: لا يقوم بهذا إلا مسؤول، وهذا الحساب لم يعد مسؤولًا على الخادم.</translation>
    </message>
    <message>
        <source>The server revoked this device: its workspace is wiped at the next sync.</source>
        <translation>ألغى الخادم اعتماد هذا الجهاز: ستُمحى مساحة عمله عند المزامنة التالية.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used; nothing was changed.</source>
        <translation>تعذّر استخدام ردّ الخادم؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>This case is closed. A supervisor must reopen it before anything in it can be added or changed.</source>
        <translation>هذه الحالة مغلقة. يجب أن يعيد المشرف فتحها قبل إضافة أي شيء إليها أو تغييره.</translation>
    </message>
    <message>
        <source>This case is not assigned to you or to one of your teams.</source>
        <translation>هذه الحالة غير مسندة إليك ولا إلى أي من فرقك.</translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation>هذه الحالة غير مسندة إليك.</translation>
    </message>
    <message>
        <source>This case is not in your scope: you can export only the cases you can open.</source>
        <translation>هذه الحالة خارج نطاقك: لا يمكنك تصدير إلا الحالات التي يمكنك فتحها.</translation>
    </message>
    <message>
        <source>This closure request has not been decided yet.</source>
        <translation>لم يُبتّ في طلب الإغلاق هذا بعد.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>هذا التعارض محلول بالفعل.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>هذا التاريخ غير موجود.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>This is not a question of this form.</source>
        <translation>هذا ليس سؤالًا من أسئلة هذا النموذج.</translation>
    </message>
    <message>
        <source>This plan has not been decided yet.</source>
        <translation>لم يُبتّ في هذه الخطة بعد.</translation>
    </message>
    <message>
        <source>This plan is already approved; change it to submit a new version.</source>
        <translation>هذه الخطة معتمدة بالفعل؛ عدّلها لتقديم نسخة جديدة.</translation>
    </message>
    <message>
        <source>This plan is already waiting for a supervisor&apos;s decision.</source>
        <translation>هذه الخطة تنتظر بالفعل قرار المشرف.</translation>
    </message>
    <message>
        <source>This record does not belong to a case.</source>
        <translation>هذا السجل لا ينتمي إلى أي حالة.</translation>
    </message>
    <message>
        <source>This referral is cancelled; that is final. Make a new referral if the child still needs the service.</source>
        <translation>أُلغيت هذه الإحالة، وهذا نهائي. أنشئ إحالة جديدة إذا كان الطفل لا يزال بحاجة إلى الخدمة.</translation>
    </message>
    <message>
        <source>This referral is completed; that is final. Make a new referral if the child still needs the service.</source>
        <translation>اكتملت هذه الإحالة، وهذا نهائي. أنشئ إحالة جديدة إذا كان الطفل لا يزال بحاجة إلى الخدمة.</translation>
    </message>
    <message>
        <source>This referral is declined; that is final. Make a new referral if the child still needs the service.</source>
        <translation>رُفضت هذه الإحالة، وهذا نهائي. أنشئ إحالة جديدة إذا كان الطفل لا يزال بحاجة إلى الخدمة.</translation>
    </message>
    <message>
        <source>This referral is {status}; that is final. Make a new referral if the child still needs the service.</source>
        <translation>حالة هذه الإحالة «{status}»، وهذا نهائي. أنشئ إحالة جديدة إذا كان الطفل لا يزال بحاجة إلى الخدمة.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>سبق البتّ في هذا الطلب.</translation>
    </message>
    <message>
        <source>This supervision session is not on this device.</source>
        <translation>جلسة الإشراف هذه غير موجودة على هذا الجهاز.</translation>
    </message>
    <message>
        <source>This visit noted no follow-up to make a task of.</source>
        <translation>لم تُسجَّل في هذه الزيارة أي متابعة يمكن تحويلها إلى مهمة.</translation>
    </message>
    <message>
        <source>This worker is not in one of your teams.</source>
        <translation>هذا العامل ليس عضوًا في أي من فرقك.</translation>
    </message>
    <message>
        <source>Version {version} of {form} is published already, exactly as in this file.</source>
        <translation>الإصدار {version} من {form} منشور بالفعل، مطابقًا تمامًا لما في هذا الملف.</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>عند فتح الحالة</translation>
    </message>
    <message>
        <source>Who submitted or approved a plan is recorded only by submitting or approving it.</source>
        <translation>لا يُسجَّل من قدّم الخطة أو اعتمدها إلا بتقديمها أو اعتمادها فعلًا.</translation>
    </message>
    <message>
        <source>Withdraw the closure request to change the reason for closing.</source>
        <translation>اسحب طلب الإغلاق لتغيير سبب الإغلاق.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>الأخصائي</translation>
    </message>
    <message>
        <source>You can reassign cases only within your teams.</source>
        <translation>لا يمكنك إعادة إسناد الحالات إلا ضمن فرقك.</translation>
    </message>
    <message>
        <source>You cannot approve a plan you submitted; another supervisor must.</source>
        <translation>لا يمكنك اعتماد خطة قدّمتها أنت؛ يجب أن يعتمدها مشرف آخر.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request; another supervisor must.</source>
        <translation>لا يمكنك البتّ في طلبك أنت؛ يجب أن يبتّ فيه مشرف آخر.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow you to {what}.</source>
        <translation>دورك ({role}) لا يسمح لك بـ{what}.</translation>
    </message>
    <message>
        <source>Your session with the server has ended: log in again (Sync now asks for your password), then try again.</source>
        <translation>انتهت جلستك مع الخادم: سجّل الدخول من جديد (تطلب «المزامنة الآن» كلمة مرورك)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>about {age}</source>
        <translation>نحو {age}</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>approve or send back case plans</source>
        <translation>اعتماد خطط الحالات أو إعادتها</translation>
    </message>
    <message>
        <source>approve or send back closure requests</source>
        <translation>اعتماد طلبات الإغلاق أو إعادتها</translation>
    </message>
    <message>
        <source>cannot be changed by a correction</source>
        <translation>لا يمكن تغييره بالتصحيح</translation>
    </message>
    <message>
        <source>cannot read {text} as {kind}</source>
        <translation>تتعذّر قراءة {text} بوصفه {kind}</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>change case details</source>
        <translation>تغيير بيانات الحالات</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>الحرج</translation>
    </message>
    <message>
        <source>entry {n}: {field} is required</source>
        <translation>الإدخال {n}: {field} مطلوب</translation>
    </message>
    <message>
        <source>entry {n}: {field} {problem}</source>
        <translation>الإدخال {n}: {field} {problem}</translation>
    </message>
    <message>
        <source>entry {n}: {name} is not part of an entry</source>
        <translation>الإدخال {n}: {name} ليس جزءًا من الإدخال</translation>
    </message>
    <message>
        <source>every case on this device</source>
        <translation>كل الحالات على هذا الجهاز</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>high</source>
        <translation>المرتفع</translation>
    </message>
    <message>
        <source>import the service directory</source>
        <translation>استيراد دليل الخدمات</translation>
    </message>
    <message>
        <source>is not a due-date setting</source>
        <translation>ليس إعدادًا من إعدادات المواعيد</translation>
    </message>
    <message>
        <source>is not a field of a {record} record</source>
        <translation>ليس حقلًا في سجل من نوع {record}</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>ليس تاريخًا صحيحًا</translation>
    </message>
    <message>
        <source>is not a risk level</source>
        <translation>ليس مستوى خطر</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>its team</source>
        <translation>فريقها</translation>
    </message>
    <message>
        <source>low</source>
        <translation>المنخفض</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>إدارة الأجهزة</translation>
    </message>
    <message>
        <source>manage users and teams</source>
        <translation>إدارة المستخدمين والفرق</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>يجب أن يكون تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>يجب أن يكون تاريخًا ووقتًا (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a list of at most {n} entries</source>
        <translation>يجب أن يكون قائمة من {n} إدخال على الأكثر</translation>
    </message>
    <message>
        <source>must be a list of at most {n} record ids</source>
        <translation>يجب أن يكون قائمة من {n} معرّف سجل على الأكثر</translation>
    </message>
    <message>
        <source>must be a list of: {choices}</source>
        <translation>يجب أن يكون قائمة من: {choices}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>يجب أن يكون رقمًا</translation>
    </message>
    <message>
        <source>must be a record id</source>
        <translation>يجب أن يكون معرّف سجل</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>يجب أن يكون سطرًا واحدًا</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>يجب أن يكون عددًا صحيحًا</translation>
    </message>
    <message>
        <source>must be a whole number of days from {lowest} to {highest}</source>
        <translation>يجب أن يكون عددًا صحيحًا من الأيام من {lowest} إلى {highest}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>يجب أن يكون كائنًا</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>يجب ألا يتجاوز {limit} حرفًا</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>يجب أن يكون إحدى القيم التالية: {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>يجب أن يكون نصًا</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>يجب أن يكون نعم أو لا</translation>
    </message>
    <message>
        <source>must map risk levels to days</source>
        <translation>يجب أن يربط كل مستوى خطر بعدد من الأيام</translation>
    </message>
    <message>
        <source>must not allow more days than {risk} risk</source>
        <translation>يجب ألا يسمح بأيام أكثر مما يسمح به الخطر {risk}</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>يجب ألا يحتوي على محارف تحكّم</translation>
    </message>
    <message>
        <source>must not name a record twice</source>
        <translation>يجب ألا يذكر السجل نفسه مرتين</translation>
    </message>
    <message>
        <source>must not repeat a choice</source>
        <translation>يجب ألا يكرّر خيارًا</translation>
    </message>
    <message>
        <source>names someone who is not a child of this case.</source>
        <translation>يذكر شخصًا ليس من أطفال هذه الحالة.</translation>
    </message>
    <message>
        <source>open case files</source>
        <translation>فتح ملفات الحالات</translation>
    </message>
    <message>
        <source>publish assessment forms</source>
        <translation>نشر نماذج التقييم</translation>
    </message>
    <message>
        <source>reassign cases</source>
        <translation>إعادة إسناد الحالات</translation>
    </message>
    <message>
        <source>record supervision sessions</source>
        <translation>تسجيل جلسات الإشراف</translation>
    </message>
    <message>
        <source>record visits</source>
        <translation>تسجيل الزيارات</translation>
    </message>
    <message>
        <source>refer children to services</source>
        <translation>إحالة الأطفال إلى الخدمات</translation>
    </message>
    <message>
        <source>register families</source>
        <translation>تسجيل الأسر</translation>
    </message>
    <message>
        <source>reopen closed cases</source>
        <translation>إعادة فتح الحالات المغلقة</translation>
    </message>
    <message>
        <source>request case closure</source>
        <translation>طلب إغلاق الحالات</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>حلّ تعارضات المزامنة</translation>
    </message>
    <message>
        <source>run assessments</source>
        <translation>إجراء التقييمات</translation>
    </message>
    <message>
        <source>see team caseloads</source>
        <translation>الاطلاع على أعباء حالات الفرق</translation>
    </message>
    <message>
        <source>see who opened a case</source>
        <translation>معرفة من فتح حالة</translation>
    </message>
    <message>
        <source>submit case plans for approval</source>
        <translation>تقديم خطط الحالات للموافقة</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation>الفريق {team}</translation>
    </message>
    <message>
        <source>the cases of your team ({names}) and your own</source>
        <translation>حالات فريقك ({names}) وحالاتك</translation>
    </message>
    <message>
        <source>the cases of your teams ({names}) and your own</source>
        <translation>حالات فرقك ({names}) وحالاتك</translation>
    </message>
    <message>
        <source>the last {days} days ({since} to {until})</source>
        <translation>آخر {days} يومًا (من {since} إلى {until})</translation>
    </message>
    <message>
        <source>under 1</source>
        <translation>أقل من سنة</translation>
    </message>
    <message>
        <source>view sync health</source>
        <translation>الاطلاع على سلامة المزامنة</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>الاطلاع على سجل التدقيق</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>من أنشأه</translation>
    </message>
    <message>
        <source>who recorded it</source>
        <translation>من سجّله</translation>
    </message>
    <message>
        <source>write case plans</source>
        <translation>كتابة خطط الحالات</translation>
    </message>
    <message>
        <source>your own cases</source>
        <translation>حالاتك أنت</translation>
    </message>
    <message>
        <source>{date} · {kind} visit · {by}</source>
        <translation>{date} · زيارة: {kind} · {by}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} ← {new}</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}).</source>
        <translation>تعذّرت قراءة {file} ‏({why}).</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}؛ {rest}</translation>
    </message>
    <message>
        <source>{form} is published up to version {latest}, and a published version never changes: give this file version {next}.</source>
        <translation>نُشر {form} حتى الإصدار {latest}، والإصدار المنشور لا يتغيّر أبدًا: أعطِ هذا الملف الإصدار {next}.</translation>
    </message>
    <message>
        <source>{kind} approval</source>
        <translation>اعتماد: {kind}</translation>
    </message>
    <message>
        <source>{kind} visit {date}</source>
        <translation>زيارة: {kind} {date}</translation>
    </message>
    <message>
        <source>{n} open tasks (cancelled if approved)</source>
        <translation>عدد المهام المفتوحة: {n} (تُلغى عند الاعتماد)</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this computer now.</source>
        <translation>يتعذّر الوصول إلى {server} من هذا الحاسوب الآن.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (as of the last sync), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} ليس أخصائيًا اجتماعيًا أو مشرفًا نشطًا في {team} (وفق آخر مزامنة)، لذا لا يمكن إسناد الحالة {case_number} إليه. لم يُعَد إسناد أي شيء.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (this workspace has no server, so only people who already hold its cases count), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} ليس أخصائيًا اجتماعيًا أو مشرفًا نشطًا في {team} (لا خادم لمساحة العمل هذه، فلا يُحتسب إلا من يتولّون حالاتها بالفعل)، لذا لا يمكن إسناد الحالة {case_number} إليه. لم يُعَد إسناد أي شيء.</translation>
    </message>
    <message>
        <source>{worker} is not in one of your teams.</source>
        <translation>{worker} ليس عضوًا في أي من فرقك.</translation>
    </message>
    <message>
        <source>“{label}” cannot be combined with other options.</source>
        <translation>لا يمكن الجمع بين «{label}» وخيارات أخرى.</translation>
    </message>
    <message>
        <source>Relationship to child</source>
        <translation>صلة القرابة بالطفل</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>تم الحل</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>اعتيادي</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>في اليوم نفسه</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>أُعيد</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>مقدم الخدمة</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>الاعتداء الجنسي</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>المأوى</translation>
    </message>
    <message>
        <source>Statutory duty</source>
        <translation>واجب قانوني</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>ما زالت تنتظر</translation>
    </message>
    <message>
        <source>Struggling: needs support</source>
        <translation>يواجه صعوبة: يحتاج إلى دعم</translation>
    </message>
    <message>
        <source>Submitted by {who} on {when}; waiting for a supervisor&apos;s decision</source>
        <translation>قدّمه {who} في {when}؛ بانتظار قرار المشرف</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>مقدَّم للاعتماد</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>تعاطي المواد</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>جلسة إشراف</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>الأسرة</translation>
    </message>
    <message>
        <source>Time to the first visit</source>
        <translation>المدة حتى الزيارة الأولى</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Too heavy to manage</source>
        <translation>أثقل من أن يُدار</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>المجموع</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>الاتجار بالأطفال</translation>
    </message>
    <message>
        <source>Unaccompanied or separated</source>
        <translation>غير مصحوب أو منفصل عن ذويه</translation>
    </message>
    <message>
        <source>Under strain</source>
        <translation>تحت الضغط</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>زيارة</translation>
    </message>
    <message>
        <source>Vital interest (the child&apos;s life or safety is at risk)</source>
        <translation>مصلحة حيوية (حياة الطفل أو سلامته في خطر)</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>مدة الانتظار</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>بانتظار القرار</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>بخير</translation>
    </message>
    <message>
        <source>Median days to the first visit</source>
        <translation>الوسيط بالأيام حتى الزيارة الأولى</translation>
    </message>
    <message>
        <source>Target (days)</source>
        <translation>الهدف (أيام)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>أيام</translation>
    </message>
    <message>
        <source>Case plans</source>
        <translation>خطط الحالات</translation>
    </message>
    <message>
        <source>High or critical risk</source>
        <translation>خطر مرتفع أو حرج</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>حالات أخرى</translation>
    </message>
    <message>
        <source>Ceiling ({ceiling} cases)</source>
        <translation>السقف ({ceiling} حالة)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server</source>
        <translation>مساحة عمل دون اتصال فقط: لا يوجد خادم</translation>
    </message>
    <message>
        <source>This workspace was created without a server. Its changes stay on this device.</source>
        <translation>أُنشئت مساحة العمل هذه دون خادم. تبقى تغييراتها على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Counting changes waiting to sync…</source>
        <translation>جارٍ عدّ التغييرات بانتظار المزامنة…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>لا شيء بانتظار المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغييرات بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
            <numerusform>%Ln تغيير بانتظار المزامنة</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>مساحة العمل مقفلة.</translation>
    </message>
    <message>
        <source>No server-bound workspace is open.</source>
        <translation>لا توجد مساحة عمل مرتبطة بخادم مفتوحة.</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} بايت</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} كيلوبايت</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} ميغابايت</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>إرسال التغييرات: {done} من {total}</translation>
    </message>
    <message>
        <source>Sending changes: {done}</source>
        <translation>إرسال التغييرات: {done}</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln record</source>
        <translation>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجلات</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln records</source>
        <translation>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجلات</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
            <numerusform>الاستلام: %Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln case no longer yours</source>
        <translation>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالات لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln cases no longer yours</source>
        <translation>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالات لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
            <numerusform>إزالة %Ln حالة لم تعد لك</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment files: {done}</source>
        <translation>ملفات المرفقات: {done}</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>جارٍ الإنهاء</translation>
    </message>
    <message>
        <source>{what} · {sent} sent, {received} received</source>
        <translation>{what} · أُرسل {sent}، استُلم {received}</translation>
    </message>
    <message>
        <source>up to date: nothing to send or receive.</source>
        <translation>محدّث: لا شيء للإرسال أو الاستلام.</translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln change</source>
        <translation>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسلت %Ln تغييرات</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln changes</source>
        <translation>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسلت %Ln تغييرات</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
            <numerusform>أُرسل %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln مدمج</numerusform>
            <numerusform>%Ln مدمج</numerusform>
            <numerusform>%Ln مدمج</numerusform>
            <numerusform>%Ln مدمجة</numerusform>
            <numerusform>%Ln مدمج</numerusform>
            <numerusform>%Ln مدمج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln متعارض</numerusform>
            <numerusform>%Ln متعارض</numerusform>
            <numerusform>%Ln متعارض</numerusform>
            <numerusform>%Ln متعارضة</numerusform>
            <numerusform>%Ln متعارض</numerusform>
            <numerusform>%Ln متعارض</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln مرفوض</numerusform>
            <numerusform>%Ln مرفوض</numerusform>
            <numerusform>%Ln مرفوض</numerusform>
            <numerusform>%Ln مرفوضة</numerusform>
            <numerusform>%Ln مرفوض</numerusform>
            <numerusform>%Ln مرفوض</numerusform>
        </translation>
    </message>
    <message>
        <source> ({details})</source>
        <translation> ({details})</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln record</source>
        <translation>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلمت %Ln سجلات</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %Ln records</source>
        <translation>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلمت %Ln سجلات</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
            <numerusform>استُلم %Ln سجل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln case no longer assigned to you</source>
        <translation>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالات لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cases no longer assigned to you</source>
        <translation>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالات لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
            <numerusform>أُزيلت %Ln حالة لم تعد مسندة إليك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment files</source>
        <translation>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>%Ln ملفات مرفقة</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
            <numerusform>%Ln ملف مرفق</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln order to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهلت %Ln أوامر بإزالة حالة لم يوقّعها الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln orders to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهلت %Ln أوامر بإزالة حالة لم يوقّعها الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
            <numerusform>تُجوهل %Ln أمر بإزالة حالة لم يوقّعه الخادم (الحالات محفوظة؛ أبلغ الدعم الفني)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: {server_url}. Working offline until the first sync.</source>
        <translation>الخادم: {server_url}. العمل دون اتصال حتى أول مزامنة.</translation>
    </message>
    <message>
        <source>This workspace is offline-only: it has no server to sync with.</source>
        <translation>مساحة العمل هذه دون اتصال فقط: لا يوجد خادم لمزامنتها معه.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Sending and receiving changes with {url}.</source>
        <translation>إرسال التغييرات واستلامها مع {url}.</translation>
    </message>
    <message>
        <source>Up to date · synced at {time}</source>
        <translation>محدّث · تمت المزامنة في {time}</translation>
    </message>
    <message>
        <source>Online · synced at {time}</source>
        <translation>متصل · تمت المزامنة في {time}</translation>
    </message>
    <message>
        <source>Up to date: nothing to send and nothing new from the server.</source>
        <translation>محدّث: لا شيء للإرسال ولا جديد من الخادم.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغييرات تعارضت مع تغييرات أُجريت في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغييرات تعارضت مع تغييرات أُجريت في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
            <numerusform>%Ln تغيير تعارض مع تغيير أُجري في مكان آخر: اختر القيمة المراد الإبقاء عليها في التعارضات (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change was refused by the server and is kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغييرات وهي محفوظة مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes were refused by the server and are kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغييرات وهي محفوظة مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
            <numerusform>رفض الخادم %Ln تغيير وهو محفوظ مع السبب في المزامنة (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>تسجيل الدخول مجددًا…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>تسجيل الدخول مجددًا</translation>
    </message>
    <message>
        <source>Password of {user} on {server_url}:</source>
        <translation>كلمة مرور {user} على {server_url}:</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Syncing again.</source>
        <translation>جارٍ المزامنة مجددًا.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>لم يقبل الخادم كلمة المرور هذه.</translation>
    </message>
    <message>
        <source>Case summary of {case}</source>
        <translation>ملخص الحالة {case}</translation>
    </message>
    <message>
        <source>The summary goes to a PDF file that is not encrypted: keep it only where your organisation allows. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>يذهب الملخص إلى ملف PDF غير مشفّر: لا تحتفظ به إلا حيث تسمح منظمتك. يُسجَّل حفظه في سجل تدقيق الحالة.</translation>
    </message>
    <message>
        <source>The summary goes to the printer you choose. Printing it is recorded in the case&apos;s audit log.</source>
        <translation>يذهب الملخص إلى الطابعة التي تختارها. تُسجَّل طباعته في سجل تدقيق الحالة.</translation>
    </message>
    <message>
        <source>Redact names, addresses and phone numbers</source>
        <translation>حجب الأسماء والعناوين وأرقام الهواتف</translation>
    </message>
    <message>
        <source>The family&apos;s people appear by role and number (&quot;[child 1]&quot;), also inside notes</source>
        <translation>يظهر أفراد الأسرة بدورهم ورقمهم (&quot;[طفل 1]&quot;)، بما في ذلك داخل الملاحظات</translation>
    </message>
    <message>
        <source>Enter your password: the summary leaves the encrypted workspace.</source>
        <translation>أدخل كلمة المرور: سيغادر الملخص مساحة العمل المشفّرة.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing left the workspace.</source>
        <translation>تعذّر التحقق من كلمة المرور؛ لم يغادر أي شيء مساحة العمل.</translation>
    </message>
    <message>
        <source>Open cases at the month&apos;s end</source>
        <translation>الحالات المفتوحة في نهاية الشهر</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>الحالات المفتوحة خلال الشهر</translation>
    </message>
    <message>
        <source>First visit in time</source>
        <translation>الزيارة الأولى في الوقت</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>المهام المنجزة في الوقت</translation>
    </message>
    <message>
        <source>Plans decided</source>
        <translation>الخطط المبتوت فيها</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>وسيط الأيام حتى القرار</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>الإحالات المرسلة</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>الإحالات المكتملة</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>الحالات المغلقة</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>الحالة {number}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>منقّح</translation>
    </message>
    <message>
        <source>Printed by {user} on {when}</source>
        <translation>طبعه {user} في {when}</translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation>&lt;5</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}٪</translation>
    </message>
    <message>
        <source>Indicators for evidence, {first} to {last}</source>
        <translation>مؤشرات للإثبات، من {first} إلى {last}</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace.</source>
        <translation>محسوبة من مساحة العمل على هذا الجهاز.</translation>
    </message>
    <message>
        <source>De-identified: counts under 5 are shown as &lt;5, and a count that a total would give away is left out (–).</source>
        <translation>مجهّل الهوية: تظهر الأعداد الأقل من 5 بصيغة &lt;5، ويُحذف العدد الذي قد يكشفه مجموع (–).</translation>
    </message>
    <message>
        <source>Not de-identified: small counts are shown as they are.</source>
        <translation>غير مجهّل الهوية: تظهر الأعداد الصغيرة كما هي.</translation>
    </message>
    <message>
        <source>The charts count {period}.</source>
        <translation>تحسب الرسوم {period}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Indicators for evidence</source>
        <translation>مؤشرات للإثبات</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>مجهّل الهوية</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>الصفحة {page} من {pages}</translation>
    </message>
    <message>
        <source>Score: computed by the server</source>
        <translation>الدرجة: يحسبها الخادم</translation>
    </message>
    <message>
        <source>Restricted — ask your supervisor</source>
        <translation>مقيَّد — اسأل مشرفك</translation>
    </message>
</context>
</TS>
