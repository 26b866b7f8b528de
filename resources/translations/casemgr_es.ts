<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Opened the case file</source>
        <translation>Abrió el expediente</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Saved a copy of the file</source>
        <translation>Guardó una copia del archivo</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF</source>
        <translation>Guardó el resumen del caso en PDF</translation>
    </message>
    <message>
        <source>Saved the case summary as a PDF (redacted)</source>
        <translation>Guardó el resumen del caso en PDF (anonimizado)</translation>
    </message>
    <message>
        <source>Printed the case summary</source>
        <translation>Imprimió el resumen del caso</translation>
    </message>
    <message>
        <source>Printed the case summary (redacted)</source>
        <translation>Imprimió el resumen del caso (anonimizado)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Received by sync</source>
        <translation>Recibido por sincronización</translation>
    </message>
    <message>
        <source>Changed the risk: {old} → {new}</source>
        <translation>Cambió el riesgo: {old} → {new}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>. Reason: {reason}</source>
        <translation>. Motivo: {reason}</translation>
    </message>
    <message>
        <source>; also changed: {fields}</source>
        <translation>; también cambió: {fields}</translation>
    </message>
    <message>
        <source>Changed: {fields}</source>
        <translation>Cambió: {fields}</translation>
    </message>
    <message>
        <source>Answer {question}: {old} → {new}</source>
        <translation>Respuesta {question}: {old} → {new}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln change)</source>
        <translation>
            <numerusform>Pendiente de sincronizar (%Ln cambio)</numerusform>
            <numerusform>Pendiente de sincronizar (%Ln cambios)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to sync (%Ln changes)</source>
        <translation>
            <numerusform>Pendiente de sincronizar (%Ln cambio)</numerusform>
            <numerusform>Pendiente de sincronizar (%Ln cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced (revision {rev})</source>
        <translation>Sincronizado (revisión {rev})</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Sin sincronizar</translation>
    </message>
    <message>
        <source>Emergency access until {time}. This case is not in your caseload: everything you do in it is recorded, your supervisor has been told, and it leaves this computer when the access ends.</source>
        <translation>Acceso de emergencia hasta {time}. Este caso no está en su carga de casos: todo lo que haga en él queda registrado, se ha avisado a su supervisor/a y saldrá de este equipo cuando termine el acceso.</translation>
    </message>
    <message>
        <source>Ending emergency access needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>Terminar un acceso de emergencia requiere una conexión con el servidor, que lo decide y lo registra. Conéctese a la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This emergency access has already ended.</source>
        <translation>Este acceso de emergencia ya ha terminado.</translation>
    </message>
    <message>
        <source>Only the case&apos;s supervisor or an administrator may end someone else&apos;s emergency access.</source>
        <translation>Solo el supervisor del caso o un administrador puede terminar el acceso de emergencia de otra persona.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasada</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>← Cases</source>
        <translation>← Casos</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Volver a la lista (Esc)</translation>
    </message>
    <message>
        <source>End emergency access</source>
        <translation>Terminar el acceso de emergencia</translation>
    </message>
    <message>
        <source>You no longer need this case: it leaves this computer now, and your supervisor sees that you ended the access. Needs a connection to the server.</source>
        <translation>Ya no necesita este caso: sale de este equipo ahora y su supervisor ve que usted terminó el acceso. Requiere conexión con el servidor.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Trabajador/a social</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Abierto el</translation>
    </message>
    <message>
        <source>Consent or legal basis</source>
        <translation>Consentimiento o base legal</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentimiento dado por</translation>
    </message>
    <message>
        <source>Protection concerns</source>
        <translation>Motivos de protección</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Disclosure of abuse</source>
        <translation>Revelación de abuso</translation>
    </message>
    <message>
        <source>Legal proceedings</source>
        <translation>Procedimientos judiciales</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>Members of the household</source>
        <translation>Miembros del hogar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Person id {id}</source>
        <translation>Identificador de la persona {id}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacimiento</translation>
    </message>
    <message>
        <source>about {age} years</source>
        <translation>unos {age} años</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>HIV status</source>
        <translation>Estado serológico (VIH)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Children seen</source>
        <translation>Niños/as vistos</translation>
    </message>
    <message>
        <source>Safety concern</source>
        <translation>Preocupación de seguridad</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Personas presentes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completada el</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Suggested risk</source>
        <translation>Riesgo sugerido</translation>
    </message>
    <message>
        <source>Double-click or press Enter to read an assessment with every answer</source>
        <translation>Haga doble clic o pulse Intro para leer una evaluación con todas sus respuestas</translation>
    </message>
    <message>
        <source>Case plan</source>
        <translation>Plan de caso</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Solicitudes de aprobación</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Solicitado el</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Derivaciones</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño/a</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviada el</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Override: {reason}</source>
        <translation>Excepción: {reason}</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note about this case (Ctrl+Enter adds it)</source>
        <translation>Escriba una nota sobre este caso (Ctrl+Intro la añade)</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Files are kept encrypted on this device and synced with the case. “Save a copy” writes a decrypted copy where you choose.</source>
        <translation>Los archivos se guardan cifrados en este equipo y se sincronizan con el caso. «Guardar una copia» escribe una copia descifrada donde usted elija.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Who opened this case is kept on the server: the access log is available when online.</source>
        <translation>Quién abrió este caso se guarda en el servidor: el registro de accesos está disponible en línea.</translation>
    </message>
    <message>
        <source>This workspace has no server: nobody else opens its cases, and no access log is kept beyond the History tab.</source>
        <translation>Este espacio de trabajo no tiene servidor: nadie más abre sus casos y no se guarda registro de accesos aparte de la pestaña Historial.</translation>
    </message>
    <message>
        <source>Only the supervisors of this case&apos;s team and administrators see who opened it.</source>
        <translation>Solo los supervisores del equipo de este caso y los administradores ven quién lo abrió.</translation>
    </message>
    <message>
        <source>The server does not have this case yet: it gets it at the next sync.</source>
        <translation>El servidor aún no tiene este caso: lo recibirá en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The access log could not be read: {why}</source>
        <translation>No se pudo leer el registro de accesos: {why}</translation>
    </message>
    <message>
        <source>Exported the case</source>
        <translation>Exportó el caso</translation>
    </message>
    <message>
        <source>{what} ({record})</source>
        <translation>{what} ({record})</translation>
    </message>
    <message>
        <source>with names</source>
        <translation>con nombres</translation>
    </message>
    <message>
        <source>device …{device}</source>
        <translation>dispositivo …{device}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Ask the server again who opened this case</source>
        <translation>Volver a preguntar al servidor quién abrió este caso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Asking the server who opened this case…</source>
        <translation>Preguntando al servidor quién abrió este caso…</translation>
    </message>
    <message>
        <source>Nobody has opened, printed or exported this case on a device that has synced since.</source>
        <translation>Nadie ha abierto, impreso ni exportado este caso en un dispositivo que se haya sincronizado desde entonces.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times; the {shown} latest, newest first.</source>
        <translation>Abierto, impreso o exportado {total} veces; los {shown} más recientes, primero el último.</translation>
    </message>
    <message>
        <source>Opened, printed or exported {total} times, newest first (as the devices told the server at their syncs).</source>
        <translation>Abierto, impreso o exportado {total} veces, primero el último (según lo comunicaron los dispositivos al servidor al sincronizar).</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Seleccione una entrada para ver qué cambió.</translation>
    </message>
    <message>
        <source>{case_number} · {name} family</source>
        <translation>{case_number} · familia {name}</translation>
    </message>
    <message>
        <source>{who} on {date}</source>
        <translation>{who} el {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: </source>
        <translation>Cerrado el {date}: </translation>
    </message>
    <message>
        <source>Tasks ({count} overdue)</source>
        <translation>Tareas ({count} atrasadas)</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Leyendo el registro de auditoría…</translation>
    </message>
    <message>
        <source>{count} entries in the history of this case&apos;s records: what was done here (the audit log) and what was received by sync. Select one to see each field it changed.</source>
        <translation>{count} entradas en el historial de los registros de este caso: lo que se hizo aquí (el registro de auditoría) y lo que se recibió por sincronización. Seleccione una para ver cada campo que cambió.</translation>
    </message>
    <message>
        <source>Not seen on a visit yet</source>
        <translation>Aún no visto en una visita</translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln day ago)</source>
        <translation>
            <numerusform>{date} (hace %Ln día)</numerusform>
            <numerusform>{date} (hace %Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{date} (%Ln days ago)</source>
        <translation>
            <numerusform>{date} (hace %Ln día)</numerusform>
            <numerusform>{date} (hace %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln day</source>
        <translation>
            <numerusform>{state} por %Ln día</numerusform>
            <numerusform>{state} por %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{state} by %Ln days</source>
        <translation>
            <numerusform>{state} por %Ln día</numerusform>
            <numerusform>{state} por %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Escriba primero la nota.</translation>
    </message>
    <message>
        <source>The note was not saved.</source>
        <translation>La nota no se guardó.</translation>
    </message>
    <message>
        <source>The file has not been downloaded to this device yet; it arrives with the next sync.</source>
        <translation>El archivo aún no se ha descargado en este equipo; llegará con la próxima sincronización.</translation>
    </message>
    <message>
        <source>Select a visit in the Visits tab.</source>
        <translation>Seleccione una visita en la pestaña Visitas.</translation>
    </message>
    <message>
        <source>Select an assessment in the Assessments tab.</source>
        <translation>Seleccione una evaluación en la pestaña Evaluaciones.</translation>
    </message>
    <message>
        <source>Select a draft referral in the Referrals tab.</source>
        <translation>Seleccione una derivación en borrador en la pestaña Derivaciones.</translation>
    </message>
    <message>
        <source>Select an open task in the Tasks tab.</source>
        <translation>Seleccione una tarea abierta en la pestaña Tareas.</translation>
    </message>
    <message>
        <source>&amp;Register a family…</source>
        <translation>&amp;Registrar una familia…</translation>
    </message>
    <message>
        <source>Record a &amp;visit…</source>
        <translation>Registrar una &amp;visita…</translation>
    </message>
    <message>
        <source>Run an &amp;assessment…</source>
        <translation>Realizar una &amp;evaluación…</translation>
    </message>
    <message>
        <source>Change the ris&amp;k level…</source>
        <translation>Cambiar el nivel de ries&amp;go…</translation>
    </message>
    <message>
        <source>&amp;Refer to a service…</source>
        <translation>&amp;Derivar a un servicio…</translation>
    </message>
    <message>
        <source>&amp;Send the referral</source>
        <translation>&amp;Enviar la derivación</translation>
    </message>
    <message>
        <source>Record the provider&apos;s &amp;answer…</source>
        <translation>Registrar la &amp;respuesta del proveedor…</translation>
    </message>
    <message>
        <source>Cancel the referral</source>
        <translation>Cancelar la derivación</translation>
    </message>
    <message>
        <source>Add a &amp;task…</source>
        <translation>Añadir una &amp;tarea…</translation>
    </message>
    <message>
        <source>Make a task of the &amp;follow-up</source>
        <translation>Crear una tarea del &amp;seguimiento</translation>
    </message>
    <message>
        <source>&amp;Mark the task done</source>
        <translation>&amp;Marcar la tarea como hecha</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Cancelar la tarea</translation>
    </message>
    <message>
        <source>Write a &amp;note</source>
        <translation>Escribir una &amp;nota</translation>
    </message>
    <message>
        <source>Request &amp;closure…</source>
        <translation>Solicitar el &amp;cierre…</translation>
    </message>
    <message>
        <source>Decide on the case &amp;plan…</source>
        <translation>Decidir sobre el &amp;plan de caso…</translation>
    </message>
    <message>
        <source>Decide on the c&amp;losure…</source>
        <translation>Decidir sobre el c&amp;ierre…</translation>
    </message>
    <message>
        <source>Reassi&amp;gn the case…</source>
        <translation>Reasi&amp;gnar el caso…</translation>
    </message>
    <message>
        <source>Re&amp;open the case</source>
        <translation>Re&amp;abrir el caso</translation>
    </message>
    <message>
        <source>Attach a &amp;file…</source>
        <translation>Adjuntar un &amp;archivo…</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Guardar una cop&amp;ia…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>Guardar resumen en P&amp;DF…</translation>
    </message>
    <message>
        <source>Print s&amp;ummary…</source>
        <translation>Imprimir res&amp;umen…</translation>
    </message>
    <message>
        <source>Read the &amp;assessment…</source>
        <translation>Leer la &amp;evaluación…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>&amp;Edit the visit…</source>
        <translation>&amp;Editar la visita…</translation>
    </message>
    <message>
        <source>Edit the assessment…</source>
        <translation>Editar la evaluación…</translation>
    </message>
    <message>
        <source>Edit the referral…</source>
        <translation>Editar la derivación…</translation>
    </message>
    <message>
        <source>Edit the task…</source>
        <translation>Editar la tarea…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>El caso está cerrado.</translation>
    </message>
    <message>
        <source>Select a file in the Attachments tab.</source>
        <translation>Seleccione un archivo en la pestaña Adjuntos.</translation>
    </message>
    <message>
        <source>Select a visit that noted a follow-up in the Visits tab.</source>
        <translation>Seleccione una visita que anotó un seguimiento en la pestaña Visitas.</translation>
    </message>
    <message>
        <source>Only an open or active case can be closed.</source>
        <translation>Solo se puede cerrar un caso abierto o activo.</translation>
    </message>
    <message>
        <source>The case is not closed.</source>
        <translation>El caso no está cerrado.</translation>
    </message>
    <message>
        <source>Select a sent or accepted referral in the Referrals tab.</source>
        <translation>Seleccione una derivación enviada o aceptada en la pestaña Derivaciones.</translation>
    </message>
    <message>
        <source>Select a referral in progress in the Referrals tab.</source>
        <translation>Seleccione una derivación en curso en la pestaña Derivaciones.</translation>
    </message>
    <message>
        <source>Register a family and open a new case</source>
        <translation>Registrar una familia y abrir un caso nuevo</translation>
    </message>
    <message>
        <source>Save the case summary as PDF</source>
        <translation>Guardar el resumen del caso en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln page) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>El resumen del caso (%Ln página) se guardó en {path}. No está cifrado: elimínelo cuando ya no lo necesite.</numerusform>
            <numerusform>El resumen del caso (%Ln páginas) se guardó en {path}. No está cifrado: elimínelo cuando ya no lo necesite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The case summary (%Ln pages) was saved to {path}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>
            <numerusform>El resumen del caso (%Ln página) se guardó en {path}. No está cifrado: elimínelo cuando ya no lo necesite.</numerusform>
            <numerusform>El resumen del caso (%Ln páginas) se guardó en {path}. No está cifrado: elimínelo cuando ya no lo necesite.</numerusform>
        </translation>
    </message>
    <message>
        <source>The case summary was sent to the printer.</source>
        <translation>El resumen del caso se envió a la impresora.</translation>
    </message>
    <message>
        <source>Unlock the workspace first.</source>
        <translation>Desbloquee primero el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Abra primero un caso.</translation>
    </message>
    <message>
        <source>Your role does not allow this on this case.</source>
        <translation>Su rol no permite esto en este caso.</translation>
    </message>
    <message>
        <source>Nothing is waiting for a decision.</source>
        <translation>No hay nada pendiente de decisión.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request.</source>
        <translation>No puede decidir sobre su propia solicitud.</translation>
    </message>
    <message>
        <source>The change was not saved because of an internal error.</source>
        <translation>El cambio no se guardó por un error interno.</translation>
    </message>
    <message>
        <source>Run an assessment</source>
        <translation>Realizar una evaluación</translation>
    </message>
    <message>
        <source>Which assessment form? (The forms for this case&apos;s stage come first.)</source>
        <translation>¿Qué formulario de evaluación? (Los formularios de la etapa de este caso aparecen primero.)</translation>
    </message>
    <message>
        <source>The assessment suggests {risk}; the case is recorded as {risk2}. Use “Change the risk level” (Ctrl+Shift+K) if you agree.</source>
        <translation>La evaluación sugiere {risk}; el caso está registrado con {risk2}. Use «Cambiar el nivel de riesgo» (Ctrl+Mayús+K) si está de acuerdo.</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk}, as the assessment suggested.</source>
        <translation>El caso queda registrado con {risk}, como sugería la evaluación.</translation>
    </message>
    <message>
        <source>The assessment just saved suggests {risk}.</source>
        <translation>La evaluación recién guardada sugiere {risk}.</translation>
    </message>
    <message>
        <source>Correct the visit</source>
        <translation>Corregir la visita</translation>
    </message>
    <message>
        <source>Correct the task</source>
        <translation>Corregir la tarea</translation>
    </message>
    <message>
        <source>Correct the referral</source>
        <translation>Corregir la derivación</translation>
    </message>
    <message>
        <source>Cancel the referral?</source>
        <translation>¿Cancelar la derivación?</translation>
    </message>
    <message>
        <source>The referral is kept in the case file as cancelled.</source>
        <translation>La derivación se conserva en el expediente como cancelada.</translation>
    </message>
    <message>
        <source>Task added: “{title}”, due {date}.</source>
        <translation>Tarea añadida: «{title}», vence el {date}.</translation>
    </message>
    <message>
        <source>The note was not saved (internal error).</source>
        <translation>La nota no se guardó (error interno).</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Tareas abiertas</translation>
    </message>
    <message>
        <source>Referrals in progress</source>
        <translation>Derivaciones en curso</translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open task</source>
        <translation>
            <numerusform> con %Ln tarea abierta</numerusform>
            <numerusform> con %Ln tareas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> with %Ln open tasks</source>
        <translation>
            <numerusform> con %Ln tarea abierta</numerusform>
            <numerusform> con %Ln tareas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source> They leave the previous worker&apos;s laptop at its next sync.</source>
        <translation> Saldrán del portátil del trabajador anterior en su próxima sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>%Ln caso asignado a {worker}{tasks}.{leaving}</numerusform>
            <numerusform>%Ln casos asignados a {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases given to {worker}{tasks}.{leaving}</source>
        <translation>
            <numerusform>%Ln caso asignado a {worker}{tasks}.{leaving}</numerusform>
            <numerusform>%Ln casos asignados a {worker}{tasks}.{leaving}</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a decrypted copy?</source>
        <translation>¿Guardar una copia descifrada?</translation>
    </message>
    <message>
        <source>The copy of “{name}” will not be encrypted: anyone who can open the folder you choose can read it, and it is no longer protected by your workspace password. Save it only where your organisation allows, and delete it when you no longer need it. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>La copia de «{name}» no estará cifrada: cualquiera que pueda abrir la carpeta que elija podrá leerla, y ya no estará protegida por la contraseña de su espacio de trabajo. Guárdela solo donde su organización lo permita y elimínela cuando ya no la necesite. El guardado queda anotado en el registro de auditoría del caso.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elegir dónde guardar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save a decrypted copy</source>
        <translation>Guardar una copia descifrada</translation>
    </message>
    <message>
        <source>A decrypted copy was saved to {dest}. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Se guardó una copia descifrada en {dest}. No está cifrada: elimínela cuando ya no la necesite.</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor/a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador/a</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Left out (closed)</source>
        <translation>Excluido (cerrado)</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>casemgr makes a temporary password and shows it once, after the user is created: give it to them in person.</source>
        <translation>casemgr crea una contraseña temporal y la muestra una sola vez, después de crear el usuario: entréguesela en persona.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Crear usuario</translation>
    </message>
    <message>
        <source>Change {username}</source>
        <translation>Modificar a {username}</translation>
    </message>
    <message>
        <source>May sign in (active)</source>
        <translation>Puede iniciar sesión (activo)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>You cannot take away your own access.</source>
        <translation>No puede quitarse su propio acceso.</translation>
    </message>
    <message>
        <source>Deactivating signs the user out: each of their devices wipes its workspace at its next contact with the server. Changes of role and teams reach their devices at their next sign-in.</source>
        <translation>Desactivar cierra la sesión del usuario: cada uno de sus equipos borra su espacio de trabajo en su próximo contacto con el servidor. Los cambios de rol y de equipos llegan a sus equipos en su próximo inicio de sesión.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>A {role} needs a team: their cases go to its supervisor.</source>
        <translation>Un/a {role} necesita un equipo: sus casos van a su supervisor/a.</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nuevo equipo</translation>
    </message>
    <message>
        <source>Team name</source>
        <translation>Nombre del equipo</translation>
    </message>
    <message>
        <source>Create team</source>
        <translation>Crear equipo</translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation>Dé un nombre al equipo.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Contraseña temporal</translation>
    </message>
    <message>
        <source>{user} was created.</source>
        <translation>Se creó {user}.</translation>
    </message>
    <message>
        <source>The password of {user} was reset; their sessions have ended.</source>
        <translation>Se restableció la contraseña de {user}; sus sesiones han terminado.</translation>
    </message>
    <message>
        <source>{what} Their temporary password is below. It is shown only now: copy it or write it down, and give it to them in person.</source>
        <translation>{what} Su contraseña temporal aparece abajo. Solo se muestra ahora: cópiela o anótela y entréguela en persona.</translation>
    </message>
    <message>
        <source>Temporary password of {user}</source>
        <translation>Contraseña temporal de {user}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>{user} signs in with it on their device; their workspace then has its own password. casemgr does not keep this one.</source>
        <translation>{user} inicia sesión con ella en su equipo; su espacio de trabajo tendrá luego su propia contraseña. casemgr no guarda esta.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Elija primero un archivo.</translation>
    </message>
    <message>
        <source>Publish a form version</source>
        <translation>Publicar una versión de formulario</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Form definition</source>
        <translation>Definición del formulario</translation>
    </message>
    <message>
        <source>Choose the JSON file of the new form version (docs/forms.md). Its version must be above every published one; published versions never change. Devices receive it at their next sync, and assessments already filled in keep the version they were filled in with.</source>
        <translation>Elija el archivo JSON de la nueva versión del formulario (docs/forms.md). Su versión debe ser superior a todas las publicadas; las versiones publicadas nunca cambian. Los equipos la reciben en su próxima sincronización, y las evaluaciones ya completadas conservan la versión con la que se completaron.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Form definitions (*.json)</source>
        <translation>Definiciones de formulario (*.json)</translation>
    </message>
    <message>
        <source>Published {form_id!r} version {version}. Devices receive it at their next sync.</source>
        <translation>Publicada la versión {version} de {form_id!r}. Los equipos la reciben en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Import the service directory</source>
        <translation>Importar el directorio de servicios</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Directory file</source>
        <translation>Archivo del directorio</translation>
    </message>
    <message>
        <source>Choose an Open Referral HSDS 3.0 JSON file, the folder of an HSDS CSV data package (or its .zip), or a CSV file: an HSDS services.csv or organizations.csv, or a plain list of providers (a name column, and any of organization, services, description, phone, email, address, id). A provider imported before is updated, never duplicated.</source>
        <translation>Elija un archivo JSON Open Referral HSDS 3.0, la carpeta de un paquete de datos CSV HSDS (o su .zip), o un archivo CSV: un services.csv u organizations.csv HSDS, o una simple lista de proveedores (una columna name y, opcionalmente, organization, services, description, phone, email, address, id). Un proveedor importado antes se actualiza, nunca se duplica.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>HSDS JSON, CSV or zip (*.json *.csv *.zip)</source>
        <translation>HSDS JSON, CSV o zip (*.json *.csv *.zip)</translation>
    </message>
    <message>
        <source>Folder of the HSDS CSV data package</source>
        <translation>Carpeta del paquete de datos CSV HSDS</translation>
    </message>
    <message>
        <source>{count} added</source>
        <translation>{count} añadidos</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} actualizados</translation>
    </message>
    <message>
        <source>{count} unchanged</source>
        <translation>{count} sin cambios</translation>
    </message>
    <message>
        <source>{count} left out as closed</source>
        <translation>{count} excluidos por estar cerrados</translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation>{count} rechazados</translation>
    </message>
    <message>
        <source>Imported: {counts}.</source>
        <translation>Importado: {counts}.</translation>
    </message>
    <message>
        <source> Each refused row says why; correct them and import the file again.</source>
        <translation> Cada fila rechazada indica el motivo; corríjalas e importe el archivo de nuevo.</translation>
    </message>
    <message>
        <source> Columns not imported (no provider field): {columns}.</source>
        <translation> Columnas no importadas (ningún campo de proveedor): {columns}.</translation>
    </message>
    <message>
        <source>Give the person&apos;s id: 36 letters, digits and dashes (a person&apos;s record in the case file shows it).</source>
        <translation>Indique el identificador de la persona: 36 letras, cifras y guiones (la ficha de la persona en el expediente lo muestra).</translation>
    </message>
    <message>
        <source>Subject access</source>
        <translation>Acceso del interesado</translation>
    </message>
    <message>
        <source>Everything the server holds about one person — their record, their household, their cases, the records of those cases that concern them, and the audit entries about these — saved to a file to hand over. The file is not encrypted; the request is recorded in the audit logs.</source>
        <translation>Todo lo que el servidor guarda sobre una persona — su ficha, su hogar, sus casos, los registros de esos casos que le conciernen y las entradas de auditoría sobre ellos — guardado en un archivo para entregar. El archivo no está cifrado; la solicitud queda registrada en los registros de auditoría.</translation>
    </message>
    <message>
        <source>Person id</source>
        <translation>Identificador de la persona</translation>
    </message>
    <message>
        <source>PDF, to read</source>
        <translation>PDF, para leer</translation>
    </message>
    <message>
        <source>JSON, every field</source>
        <translation>JSON, todos los campos</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the subject access as</source>
        <translation>Guardar el acceso del interesado como</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>Elija dónde guardar el archivo.</translation>
    </message>
    <message>
        <source>That is a folder; give the file&apos;s name.</source>
        <translation>Es una carpeta; indique el nombre del archivo.</translation>
    </message>
    <message>
        <source>Enter your password to confirm.</source>
        <translation>Introduzca su contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Saved to {path}. It is not encrypted: hand it over safely and delete your copy.</source>
        <translation>Guardado en {path}. No está cifrado: entréguelo de forma segura y borre su copia.</translation>
    </message>
    <message>
        <source>Request an erasure</source>
        <translation>Solicitar un borrado</translation>
    </message>
    <message>
        <source>Erasing a person deletes their record and every record about them alone — on the server now, and on every device at its next sync; if no one else is left in their household, the whole case. The case&apos;s other people remain. It cannot be undone. Another administrator must approve it.</source>
        <translation>Borrar a una persona elimina su ficha y todo registro que solo la concierne — en el servidor ahora y en cada dispositivo en su próxima sincronización; si no queda nadie más en su hogar, el caso entero. Las demás personas del caso permanecen. No se puede deshacer. Otro administrador debe aprobarlo.</translation>
    </message>
    <message>
        <source>Request the erasure</source>
        <translation>Solicitar el borrado</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>solicitado</translation>
    </message>
    <message>
        <source>made</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>Decide: {what}</source>
        <translation>Decidir: {what}</translation>
    </message>
    <message>
        <source> by {requested_by}</source>
        <translation> por {requested_by}</translation>
    </message>
    <message>
        <source> on {requested_at}</source>
        <translation> el {requested_at}</translation>
    </message>
    <message>
        <source>{what} {verb}{who}{when}</source>
        <translation>{what} {verb}{who}{when}</translation>
    </message>
    <message>
        <source>{what} to decide on</source>
        <translation>{what} por decidir</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <source>Choose to approve or to send back.</source>
        <translation>Elija aprobar o devolver.</translation>
    </message>
    <message>
        <source>Say why you are sending it back, so the caseworker knows what to change.</source>
        <translation>Indique por qué lo devuelve, para que el trabajador social sepa qué cambiar.</translation>
    </message>
    <message>
        <source>Comment *</source>
        <translation>Comentario *</translation>
    </message>
    <message>
        <source>What to change before it can be approved</source>
        <translation>Qué cambiar antes de poder aprobarlo</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>Comentario (obligatorio)</translation>
    </message>
    <message>
        <source>The family as a whole</source>
        <translation>La familia en su conjunto</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Sobre:</translation>
    </message>
    <message>
        <source>From {name}&apos;s date of birth on file ({date_of_birth}): {age} years.</source>
        <translation>Según la fecha de nacimiento de {name} registrada ({date_of_birth}): {age} años.</translation>
    </message>
    <message>
        <source>The suggested risk is a prompt for professional judgement, not a decision; the case&apos;s risk level is what the caseworker recorded.</source>
        <translation>El riesgo sugerido orienta el criterio profesional, no es una decisión; el nivel de riesgo del caso es el que registró el trabajador social.</translation>
    </message>
    <message>
        <source>none (not enough answers)</source>
        <translation>ninguno (faltan respuestas)</translation>
    </message>
    <message>
        <source>Form version {version}</source>
        <translation>Versión del formulario {version}</translation>
    </message>
    <message>
        <source>Completed by {completed_by} on {completed_on}</source>
        <translation>Completada por {completed_by} el {completed_on}</translation>
    </message>
    <message>
        <source>About: {about}</source>
        <translation>Sobre: {about}</translation>
    </message>
    <message>
        <source>Score {score} · suggested risk: {risk} (why: at the end)</source>
        <translation>Puntuación {score} · riesgo sugerido: {risk} (explicación al final)</translation>
    </message>
    <message>
        <source>Some answers are restricted: the score and suggested risk are the server&apos;s, from every answer.</source>
        <translation>Algunas respuestas están restringidas: la puntuación y el riesgo sugerido son los del servidor, a partir de todas las respuestas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scoring rule applied.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se aplicó ninguna regla de puntuación.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the assessment, or save it as a PDF file (Ctrl+P)</source>
        <translation>Imprimir la evaluación o guardarla como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Adjuntar un archivo</translation>
    </message>
    <message>
        <source>The file is encrypted into this workspace and synced with the case; the original on disk is left as it is (delete it if it should not stay there).</source>
        <translation>El archivo se cifra en este espacio de trabajo y se sincroniza con el caso; el original en el disco se deja tal cual (elimínelo si no debe quedarse allí).</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Adjuntar</translation>
    </message>
    <message>
        <source>Choose the file to attach</source>
        <translation>Elegir el archivo que adjuntar</translation>
    </message>
    <message>
        <source>Choose the file to attach.</source>
        <translation>Elija el archivo que adjuntar.</translation>
    </message>
    <message>
        <source>There is no such file (or it is a folder).</source>
        <translation>Ese archivo no existe (o es una carpeta).</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>Escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Fields marked * must be filled in.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>¿Descartar lo que escribió?</translation>
    </message>
    <message>
        <source>{text} (required)</source>
        <translation>{text} (obligatorio)</translation>
    </message>
    <message>
        <source>What you typed in this window has not been saved.</source>
        <translation>Lo que escribió en esta ventana no se ha guardado.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Request closure</source>
        <translation>Solicitar el cierre</translation>
    </message>
    <message>
        <source>Why the case can be closed: goals met, child safe, who follows up</source>
        <translation>Por qué se puede cerrar el caso: objetivos cumplidos, niño/a seguro/a, quién hace el seguimiento</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motivo del cierre</translation>
    </message>
    <message>
        <source>What your supervisor will see</source>
        <translation>Lo que verá su supervisor/a</translation>
    </message>
    <message>
        <source>The case stays open until a supervisor approves. If it is sent back, you will see the supervisor&apos;s comment.</source>
        <translation>El caso sigue abierto hasta que un/a supervisor/a lo apruebe. Si se devuelve, verá el comentario del supervisor/a.</translation>
    </message>
    <message>
        <source>Closure requested for case {case}</source>
        <translation>Cierre solicitado para el caso {case}</translation>
    </message>
    <message>
        <source>{title} ({family})</source>
        <translation>{title} ({family})</translation>
    </message>
    <message>
        <source>Reason given:</source>
        <translation>Motivo indicado:</translation>
    </message>
    <message>
        <source>(no reason yet)</source>
        <translation>(aún sin motivo)</translation>
    </message>
    <message>
        <source>Give the reason for closing the case.</source>
        <translation>Indique el motivo del cierre del caso.</translation>
    </message>
    <message>
        <source>Resolve a conflict: {label}</source>
        <translation>Resolver un conflicto: {label}</translation>
    </message>
    <message>
        <source>“{label}” was changed on two devices at the same time. Choose the value to keep.</source>
        <translation>«{label}» se cambió en dos equipos a la vez. Elija el valor que conservar.</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Antes de ambos cambios</translation>
    </message>
    <message>
        <source>Where both devices started</source>
        <translation>Donde partían ambos equipos</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar el mío</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar el suyo</translation>
    </message>
    <message>
        <source>Keep: {side}</source>
        <translation>Conservar: {side}</translation>
    </message>
    <message>
        <source>Enter a new value</source>
        <translation>Introducir un valor nuevo</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Keep this value</source>
        <translation>Conservar este valor</translation>
    </message>
    <message>
        <source>Choose the value to keep.</source>
        <translation>Elija el valor que conservar.</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Añadir un objetivo</translation>
    </message>
    <message>
        <source>What should change for the child, e.g. attends school every day</source>
        <translation>Lo que debe cambiar para el niño/a, p. ej. asiste a la escuela todos los días</translation>
    </message>
    <message>
        <source>Who does what to get there</source>
        <translation>Quién hace qué para lograrlo</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>This plan is waiting for a supervisor&apos;s approval. Any change puts it back to draft and withdraws the request: it must be submitted again.</source>
        <translation>Este plan espera la aprobación de un/a supervisor/a. Cualquier cambio lo devuelve a borrador y retira la solicitud: habrá que enviarlo de nuevo.</translation>
    </message>
    <message>
        <source>This plan is approved. Any change to the summary, the review date or a goal puts it back to draft: it must be submitted and approved again.</source>
        <translation>Este plan está aprobado. Cualquier cambio en el resumen, la fecha de revisión o un objetivo lo devuelve a borrador: habrá que enviarlo y aprobarlo de nuevo.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>What the plan is for, agreed with the family</source>
        <translation>Para qué es el plan, acordado con la familia</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Resumen del plan</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Fecha de revisión</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar el plan</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Goals of the plan</source>
        <translation>Objetivos del plan</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <source>Submitted: waiting for a supervisor&apos;s decision.</source>
        <translation>Enviado: esperando la decisión de un/a supervisor/a.</translation>
    </message>
    <message>
        <source>Approved. Change the plan to submit a new version.</source>
        <translation>Aprobado. Cambie el plan para enviar una nueva versión.</translation>
    </message>
    <message>
        <source>Save your changes before submitting.</source>
        <translation>Guarde sus cambios antes de enviar.</translation>
    </message>
    <message>
        <source>Add at least one goal before submitting the plan.</source>
        <translation>Añada al menos un objetivo antes de enviar el plan.</translation>
    </message>
    <message>
        <source>You cannot change this plan.</source>
        <translation>No puede cambiar este plan.</translation>
    </message>
    <message>
        <source>Send the plan to your supervisor</source>
        <translation>Enviar el plan a su supervisor/a</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>Enviar para aprobación</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Remove the goal “{goal}” from the plan?</source>
        <translation>¿Quitar el objetivo «{goal}» del plan?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Reassign the case</source>
        <translation>Reasignar el caso</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Reasignar</translation>
    </message>
    <message>
        <source>Name the caseworker who takes the case.</source>
        <translation>Indique el trabajador social que asume el caso.</translation>
    </message>
    <message>
        <source>No worker may take all of these cases: they belong to different teams. Choose the cases of one team.</source>
        <translation>Ningún trabajador puede asumir todos estos casos: pertenecen a equipos distintos. Elija los casos de un solo equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task</source>
        <translation>
            <numerusform>%Ln tarea abierta</numerusform>
            <numerusform>%Ln tareas abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks</source>
        <translation>
            <numerusform>%Ln tarea abierta</numerusform>
            <numerusform>%Ln tareas abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>Reassign {count} cases</source>
        <translation>Reasignar {count} casos</translation>
    </message>
    <message>
        <source> and {more} more</source>
        <translation> y {more} más</translation>
    </message>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (texto para hojas de cálculo)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>JSON (for other software)</source>
        <translation>JSON (para otros programas)</translation>
    </message>
    <message>
        <source>PDF, one page with the dashboard&apos;s charts</source>
        <translation>PDF, una página con los gráficos del panel</translation>
    </message>
    <message>
        <source>Export indicators</source>
        <translation>Exportar indicadores</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Small counts hidden (under 5)</source>
        <translation>Recuentos pequeños ocultos (menos de 5)</translation>
    </message>
    <message>
        <source>De-identified: no names, addresses, phone numbers, notes or birth dates</source>
        <translation>Anonimizado: sin nombres, direcciones, teléfonos, notas ni fechas de nacimiento</translation>
    </message>
    <message>
        <source>Show the pseudonym key (to link with a later export)</source>
        <translation>Mostrar la clave de los seudónimos (para vincular con una exportación posterior)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>Su contraseña</translation>
    </message>
    <message>
        <source>the file you choose</source>
        <translation>el archivo que elija</translation>
    </message>
    <message>
        <source>The export leaves the encrypted workspace: it is saved unencrypted to {where}, where anyone who can open that file can read it, and it is recorded in the audit log.</source>
        <translation>La exportación sale del espacio de trabajo cifrado: se guarda sin cifrar en {where}, donde cualquiera que pueda abrir ese archivo puede leerlo, y queda registrada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Save the export as</source>
        <translation>Guardar la exportación como</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Elija dónde guardar la exportación.</translation>
    </message>
    <message>
        <source>This is a folder: add a file name.</source>
        <translation>Es una carpeta: añada un nombre de archivo.</translation>
    </message>
    <message>
        <source>There is no such folder.</source>
        <translation>Esa carpeta no existe.</translation>
    </message>
    <message>
        <source>Enter your password to confirm the export.</source>
        <translation>Escriba su contraseña para confirmar la exportación.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>De-identified export saved to {path} ({counts}).</source>
        <translation>Exportación anonimizada guardada en {path} ({counts}).</translation>
    </message>
    <message>
        <source>Export with names saved to {path} ({counts}).</source>
        <translation>Exportación con nombres guardada en {path} ({counts}).</translation>
    </message>
    <message>
        <source>Pseudonym key (keep it apart from the file): {key}</source>
        <translation>Clave de los seudónimos (guárdela aparte del archivo): {key}</translation>
    </message>
    <message>
        <source>Indicators for {months} months ({first} to {last}) saved to {path} ({rows} rows).</source>
        <translation>Indicadores de {months} meses ({first} a {last}) guardados en {path} ({rows} filas).</translation>
    </message>
    <message>
        <source>The export failed; nothing was saved. The log folder (Help menu) says more.</source>
        <translation>La exportación falló; no se guardó nada. La carpeta de registros (menú Ayuda) da más detalles.</translation>
    </message>
    <message>
        <source>Choose who takes them</source>
        <translation>Elegir quién los asume</translation>
    </message>
    <message>
        <source>Choose who takes it</source>
        <translation>Elegir quién lo asume</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <source>Workers of the team as the server listed them at the last sync.</source>
        <translation>Trabajadores del equipo según la lista del servidor en la última sincronización.</translation>
    </message>
    <message>
        <source>This workspace has no server: the workers are the people who hold its cases.</source>
        <translation>Este espacio de trabajo no tiene servidor: los trabajadores son las personas que tienen sus casos.</translation>
    </message>
    <message>
        <source> Open tasks of the previous worker go with each case; tasks given to someone else stay theirs.</source>
        <translation> Las tareas abiertas del trabajador anterior van con cada caso; las tareas asignadas a otra persona siguen siendo suyas.</translation>
    </message>
    <message>
        <source>Choose the worker who takes it.</source>
        <translation>Elija el trabajador que lo asume.</translation>
    </message>
    <message>
        <source>Choose the worker who takes them.</source>
        <translation>Elija el trabajador que los asume.</translation>
    </message>
    <message>
        <source>{worker} holds it already; choose someone else.</source>
        <translation>{worker} ya lo tiene; elija a otra persona.</translation>
    </message>
    <message>
        <source>{worker} holds them already; choose someone else.</source>
        <translation>{worker} ya los tiene; elija a otra persona.</translation>
    </message>
    <message>
        <source>Choose a worker to see how many cases and open tasks move.</source>
        <translation>Elija un trabajador para ver cuántos casos y tareas abiertas se transfieren.</translation>
    </message>
    <message>
        <source>{cases} and {tasks} move to {worker}.</source>
        <translation>{cases} y {tasks} pasan a {worker}.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds it already.</source>
        <translation>No cambia nada: {worker} ya lo tiene.</translation>
    </message>
    <message>
        <source>Nothing moves: {worker} holds them already.</source>
        <translation>No cambia nada: {worker} ya los tiene.</translation>
    </message>
    <message numerus="yes">
        <source> %Ln case is theirs already.</source>
        <translation>
            <numerusform> %Ln caso ya es suyo.</numerusform>
            <numerusform> %Ln casos ya son suyos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %Ln cases are theirs already.</source>
        <translation>
            <numerusform> %Ln caso ya es suyo.</numerusform>
            <numerusform> %Ln casos ya son suyos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refer a child to a service</source>
        <translation>Derivar a un niño/a a un servicio</translation>
    </message>
    <message>
        <source>Service needed</source>
        <translation>Servicio necesario</translation>
    </message>
    <message>
        <source>Search providers by name or organisation</source>
        <translation>Buscar proveedores por nombre u organización</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Buscar proveedores</translation>
    </message>
    <message>
        <source>What the child needs from this service, and why</source>
        <translation>Lo que el niño/a necesita de este servicio, y por qué</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motivo de la derivación</translation>
    </message>
    <message>
        <source>Yes, consent is recorded</source>
        <translation>Sí, el consentimiento está registrado</translation>
    </message>
    <message>
        <source>Has the family agreed to this referral?</source>
        <translation>¿Ha aceptado la familia esta derivación?</translation>
    </message>
    <message>
        <source>e.g. the child is in danger and the service must act now</source>
        <translation>p. ej. el niño/a está en peligro y el servicio debe actuar ya</translation>
    </message>
    <message>
        <source>Send referral</source>
        <translation>Enviar la derivación</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>No provider in the directory offers {service}. You can save the referral without a provider.</source>
        <translation>Ningún proveedor del directorio ofrece {service}. Puede guardar la derivación sin proveedor.</translation>
    </message>
    <message>
        <source>No provider matches the search.</source>
        <translation>Ningún proveedor coincide con la búsqueda.</translation>
    </message>
    <message>
        <source>Save and send the referral to the provider</source>
        <translation>Guardar y enviar la derivación al proveedor</translation>
    </message>
    <message>
        <source>Choose the child this referral is for.</source>
        <translation>Elija el niño/a al que se refiere esta derivación.</translation>
    </message>
    <message>
        <source>Choose the service the child needs.</source>
        <translation>Elija el servicio que necesita el niño/a.</translation>
    </message>
    <message>
        <source>Provider&apos;s response</source>
        <translation>Respuesta del proveedor</translation>
    </message>
    <message>
        <source>The provider has</source>
        <translation>El proveedor ha</translation>
    </message>
    <message>
        <source>What the provider said: first appointment, or why they declined</source>
        <translation>Lo que dijo el proveedor: primera cita, o por qué la rechazó</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Complete the referral</source>
        <translation>Completar la derivación</translation>
    </message>
    <message>
        <source>What the child received, and how it went</source>
        <translation>Lo que recibió el niño/a y cómo fue</translation>
    </message>
    <message>
        <source>Say whether the provider accepted or declined.</source>
        <translation>Indique si el proveedor aceptó o rechazó.</translation>
    </message>
    <message>
        <source>Describe the outcome before completing the referral.</source>
        <translation>Describa el resultado antes de completar la derivación.</translation>
    </message>
    <message>
        <source>e.g. mother, grandfather, sibling</source>
        <translation>p. ej. madre, abuelo, hermano/a</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Given name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Apellido *</translation>
    </message>
    <message>
        <source>Role *</source>
        <translation>Rol *</translation>
    </message>
    <message>
        <source>or estimated age (years)</source>
        <translation>o edad estimada (años)</translation>
    </message>
    <message>
        <source>Person {number}</source>
        <translation>Persona {number}</translation>
    </message>
    <message>
        <source>Remove person {number}</source>
        <translation>Quitar la persona {number}</translation>
    </message>
    <message>
        <source>from date of birth</source>
        <translation>según la fecha de nacimiento</translation>
    </message>
    <message>
        <source>Register a family</source>
        <translation>Registrar una familia</translation>
    </message>
    <message>
        <source>Language spoken at home</source>
        <translation>Idioma hablado en casa</translation>
    </message>
    <message>
        <source>People in the household</source>
        <translation>Personas del hogar</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hogar</translation>
    </message>
    <message>
        <source>Give each child&apos;s date of birth, or an estimated age if it is not known.</source>
        <translation>Indique la fecha de nacimiento de cada niño/a, o una edad estimada si no se conoce.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>Name and relationship to the child</source>
        <translation>Nombre y relación con el niño/a</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
    <message>
        <source>Why the family was referred, and what is known so far</source>
        <translation>Por qué se derivó a la familia y qué se sabe hasta ahora</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>People already registered who may be the same</source>
        <translation>Personas ya registradas que podrían ser las mismas</translation>
    </message>
    <message>
        <source>Open the existing case instead</source>
        <translation>Abrir en su lugar el caso existente</translation>
    </message>
    <message>
        <source>These are different people: register a new family</source>
        <translation>Son personas distintas: registrar una nueva familia</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Checking for people already registered…</source>
        <translation>Buscando personas ya registradas…</translation>
    </message>
    <message>
        <source>No one with these names is registered yet.</source>
        <translation>Todavía no hay nadie registrado con estos nombres.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln persona ya registrada podría ser la misma. Abra el caso existente o confirme que se trata de otra familia.</numerusform>
            <numerusform>%Ln personas ya registradas podrían ser las mismas. Abra el caso existente o confirme que se trata de otra familia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people already registered may be the same. Open the existing case, or confirm that this is a different family.</source>
        <translation>
            <numerusform>%Ln persona ya registrada podría ser la misma. Abra el caso existente o confirme que se trata de otra familia.</numerusform>
            <numerusform>%Ln personas ya registradas podrían ser las mismas. Abra el caso existente o confirme que se trata de otra familia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Register at least one child.</source>
        <translation>Registre al menos un niño/a.</translation>
    </message>
    <message>
        <source>A date of birth cannot be in the future.</source>
        <translation>Una fecha de nacimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Give the child&apos;s date of birth or estimated age.</source>
        <translation>Indique la fecha de nacimiento o la edad estimada del niño/a.</translation>
    </message>
    <message>
        <source>Record who gave consent.</source>
        <translation>Indique quién dio el consentimiento.</translation>
    </message>
    <message>
        <source>Record the date consent was given (YYYY-MM-DD).</source>
        <translation>Indique la fecha del consentimiento (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The consent date cannot be in the future.</source>
        <translation>La fecha del consentimiento no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>Confirm that this is a different family, or open the existing case.</source>
        <translation>Confirme que se trata de otra familia, o abra el caso existente.</translation>
    </message>
    <message>
        <source>Family: {field_label}</source>
        <translation>Familia: {field_label}</translation>
    </message>
    <message>
        <source>Person {section}: {field_label}</source>
        <translation>Persona {section}: {field_label}</translation>
    </message>
    <message>
        <source>Change the risk level</source>
        <translation>Cambiar el nivel de riesgo</translation>
    </message>
    <message>
        <source>The case is now recorded as {risk} risk.</source>
        <translation>El caso está registrado ahora con riesgo {risk}.</translation>
    </message>
    <message>
        <source>The case has no risk level yet.</source>
        <translation>El caso aún no tiene nivel de riesgo.</translation>
    </message>
    <message>
        <source>New risk level</source>
        <translation>Nuevo nivel de riesgo</translation>
    </message>
    <message>
        <source>What you learned that changes the risk, e.g. the father moved back in; the screening of today</source>
        <translation>Lo que supo que cambia el riesgo, p. ej. el padre volvió a vivir en casa; la evaluación de hoy</translation>
    </message>
    <message>
        <source>Why it changes</source>
        <translation>Por qué cambia</translation>
    </message>
    <message>
        <source>The reason is kept with the case and shown in its history. First visit and review dates move forward when the risk rises.</source>
        <translation>El motivo se guarda con el caso y se muestra en su historial. Las fechas de primera visita y de revisión se adelantan cuando el riesgo aumenta.</translation>
    </message>
    <message>
        <source>Choose the new risk level.</source>
        <translation>Elija el nuevo nivel de riesgo.</translation>
    </message>
    <message>
        <source>No case (the worker&apos;s own)</source>
        <translation>Ningún caso (propia del trabajador)</translation>
    </message>
    <message>
        <source>The decision taken, in a line</source>
        <translation>La decisión tomada, en una línea</translation>
    </message>
    <message>
        <source>Decision for case {case_number}</source>
        <translation>Decisión para el caso {case_number}</translation>
    </message>
    <message>
        <source>What was agreed, e.g. Visit the school this week</source>
        <translation>Lo acordado, p. ej. Visitar la escuela esta semana</translation>
    </message>
    <message>
        <source>Action {number}</source>
        <translation>Acción {number}</translation>
    </message>
    <message>
        <source>Action {number} due</source>
        <translation>Vencimiento de la acción {number}</translation>
    </message>
    <message>
        <source>Action {number} case</source>
        <translation>Caso de la acción {number}</translation>
    </message>
    <message>
        <source>Remove action {number}</source>
        <translation>Quitar la acción {number}</translation>
    </message>
    <message>
        <source>Case {case_number}</source>
        <translation>Caso {case_number}</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>Registrar una sesión de supervisión</translation>
    </message>
    <message>
        <source>Cases discussed</source>
        <translation>Casos tratados</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bienestar</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>What weighs on them, what helps</source>
        <translation>Lo que pesa, lo que ayuda</translation>
    </message>
    <message>
        <source>About wellbeing and workload</source>
        <translation>Sobre el bienestar y la carga de trabajo</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Necesidades de formación</translation>
    </message>
    <message>
        <source>Agreed actions (each becomes the worker&apos;s task)</source>
        <translation>Acciones acordadas (cada una se convierte en tarea del trabajador)</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Añadir una acción</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Acciones acordadas</translation>
    </message>
    <message>
        <source>Choose the caseworker first.</source>
        <translation>Elija primero al trabajador social.</translation>
    </message>
    <message>
        <source>{worker} has no open case on this device.</source>
        <translation>{worker} no tiene ningún caso abierto en este equipo.</translation>
    </message>
    <message>
        <source>Tick each case you discussed and note the decision.</source>
        <translation>Marque cada caso tratado y anote la decisión.</translation>
    </message>
    <message>
        <source>Choose the caseworker this session was with.</source>
        <translation>Elija el trabajador social con quien fue esta sesión.</translation>
    </message>
    <message>
        <source>Give the date of the session.</source>
        <translation>Indique la fecha de la sesión.</translation>
    </message>
    <message>
        <source>A supervision session cannot be recorded in the future.</source>
        <translation>No se puede registrar una sesión de supervisión en el futuro.</translation>
    </message>
    <message>
        <source>Note the decision taken for case {cases}.</source>
        <translation>Anote la decisión tomada para el caso {cases}.</translation>
    </message>
    <message>
        <source>Say how the worker is doing.</source>
        <translation>Indique cómo se encuentra el trabajador.</translation>
    </message>
    <message>
        <source>Say how heavy the workload is.</source>
        <translation>Indique cuán pesada es la carga de trabajo.</translation>
    </message>
    <message>
        <source>Give action {number} a due date (YYYY-MM-DD).</source>
        <translation>Dé una fecha límite a la acción {number} (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Action {number} is due before the session; an agreed action is due on or after its day.</source>
        <translation>La acción {number} vence antes de la sesión; una acción acordada vence el día de la sesión o después.</translation>
    </message>
    <message>
        <source>Supervision of {worker} on {session_date}</source>
        <translation>Supervisión de {worker} el {session_date}</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Task now</source>
        <translation>Tarea ahora</translation>
    </message>
    <message>
        <source>Not on this device</source>
        <translation>No está en este equipo</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>Añadir una tarea</translation>
    </message>
    <message>
        <source>e.g. Call the school about attendance</source>
        <translation>p. ej. Llamar a la escuela por la asistencia</translation>
    </message>
    <message>
        <source>Record a visit</source>
        <translation>Registrar una visita</translation>
    </message>
    <message>
        <source>The child was seen</source>
        <translation>Se vio al niño/a</translation>
    </message>
    <message>
        <source>e.g. mother, the child, grandmother</source>
        <translation>p. ej. madre, el niño/a, abuela</translation>
    </message>
    <message>
        <source>What you saw and heard. Keep facts apart from your interpretation.</source>
        <translation>Lo que vio y oyó. Separe los hechos de su interpretación.</translation>
    </message>
    <message>
        <source>I am concerned for the child&apos;s safety</source>
        <translation>Me preocupa la seguridad del niño/a</translation>
    </message>
    <message>
        <source>Describe the concern in the observations, tell your supervisor, and consider a new risk screening.</source>
        <translation>Describa la preocupación en las observaciones, informe a su supervisor/a y considere una nueva evaluación de riesgo.</translation>
    </message>
    <message>
        <source>Next step, e.g. visit again next week</source>
        <translation>Siguiente paso, p. ej. volver la próxima semana</translation>
    </message>
    <message>
        <source>Save visit</source>
        <translation>Guardar la visita</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>A visit cannot be recorded in the future.</source>
        <translation>No se puede registrar una visita en el futuro.</translation>
    </message>
    <message>
        <source>An administrator revoked this device (or your account), so the workspace was wiped from this computer: its cases, key and files are gone. Nothing else is needed from you; ask your supervisor if you think this is a mistake. You can log in again on another device, or on this one once an administrator allows it.</source>
        <translation>Un administrador revocó este equipo (o su cuenta), así que el espacio de trabajo se borró de este ordenador: sus casos, su clave y sus archivos ya no están. No tiene que hacer nada más; consulte a su supervisor/a si cree que es un error. Puede volver a iniciar sesión en otro equipo, o en este cuando un administrador lo permita.</translation>
    </message>
    <message>
        <source>Free at least {max} MB</source>
        <translation>Libere al menos {max} MB</translation>
    </message>
    <message>
        <source>Free some space</source>
        <translation>Libere espacio</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>El disco está lleno, así que el cambio no se guardó. {free_space_words} (por ejemplo, elimine descargas que ya no necesite) y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>The workspace was busy (a sync was writing to it), so this was not saved. Try again in a moment.</source>
        <translation>El espacio de trabajo estaba ocupado (una sincronización estaba escribiendo), así que no se guardó. Vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>{exc} Do not delete anything: ask your administrator or IT support to check this device.</source>
        <translation>{exc} No borre nada: pida a su administrador o a su soporte informático que revise este equipo.</translation>
    </message>
    <message>
        <source>Not allowed: {exc}</source>
        <translation>No permitido: {exc}</translation>
    </message>
    <message>
        <source>This step is not possible now: {exc}</source>
        <translation>Este paso no es posible ahora: {exc}</translation>
    </message>
    <message>
        <source>Some fields need attention: </source>
        <translation>Algunos campos necesitan atención: </translation>
    </message>
    <message>
        <source>This workspace needs the server now: {exc} Connect this computer to the network, then unlock again.</source>
        <translation>Este espacio de trabajo necesita ahora el servidor: {exc} Conecte este ordenador a la red y vuelva a desbloquear.</translation>
    </message>
    <message>
        <source>The workspace files could not be read or written (the operating system refused: {value}). Check the disk and that casemgr may write to its data folder, then try again.</source>
        <translation>No se pudieron leer o escribir los archivos del espacio de trabajo (el sistema operativo lo rechazó: {value}). Compruebe el disco y que casemgr puede escribir en su carpeta de datos, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr.</source>
        <translation>Algo falló dentro de casemgr.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>El servidor no aceptó este nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>This account is deactivated on the server; ask an administrator.</source>
        <translation>Esta cuenta está desactivada en el servidor; consulte a un administrador.</translation>
    </message>
    <message>
        <source>{server} cannot be reached. Check the address and the network connection, then try again.</source>
        <translation>No se puede contactar con {server}. Compruebe la dirección y la conexión de red, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr; ask your IT support.</source>
        <translation>El servidor necesita una versión más reciente de casemgr; consulte a su soporte informático.</translation>
    </message>
    <message>
        <source>The key the server returned does not open this workspace; ask an administrator.</source>
        <translation>La clave que devolvió el servidor no abre este espacio de trabajo; consulte a un administrador.</translation>
    </message>
    <message>
        <source>The server refused: {exc}</source>
        <translation>El servidor lo rechazó: {exc}</translation>
    </message>
    <message>
        <source>The server had a problem: {exc} Try again later.</source>
        <translation>El servidor tuvo un problema: {exc} Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The disk is full, so the workspace could not be opened. {free_space_words} (for example delete downloads you no longer need) and try again; nothing was lost.</source>
        <translation>El disco está lleno, así que no se pudo abrir el espacio de trabajo. {free_space_words} (por ejemplo, elimine descargas que ya no necesite) y vuelva a intentarlo; no se perdió nada.</translation>
    </message>
    <message>
        <source>The workspace could not be opened.</source>
        <translation>No se pudo abrir el espacio de trabajo.</translation>
    </message>
    <message>
        <source>A workspace with this name already exists here.</source>
        <translation>Ya existe aquí un espacio de trabajo con este nombre.</translation>
    </message>
    <message>
        <source>The sync was stopped.</source>
        <translation>La sincronización se detuvo.</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Offline · working offline</source>
        <translation>Sin conexión · trabajando sin conexión</translation>
    </message>
    <message>
        <source>The server at {server} cannot be reached. Keep working: your changes are kept on this device and sent at the next sync.</source>
        <translation>No se puede contactar con el servidor {server}. Siga trabajando: sus cambios se guardan en este equipo y se envían en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sync stopped: update casemgr</source>
        <translation>Sincronización detenida: actualice casemgr</translation>
    </message>
    <message>
        <source>The server needs a newer version of casemgr. Your changes are kept on this device and will be sent once casemgr is updated; ask your IT support for the update.</source>
        <translation>El servidor necesita una versión más reciente de casemgr. Sus cambios se guardan en este equipo y se enviarán cuando casemgr se actualice; pida la actualización a su soporte informático.</translation>
    </message>
    <message>
        <source>Sync stopped: log in again</source>
        <translation>Sincronización detenida: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>Your session with the server has ended. Log in again to sync; your changes are kept on this device meanwhile.</source>
        <translation>Su sesión con el servidor ha terminado. Vuelva a iniciar sesión para sincronizar; mientras tanto sus cambios se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Sync refused for now</source>
        <translation>Sincronización rechazada por ahora</translation>
    </message>
    <message>
        <source>Sync failed · will retry</source>
        <translation>Falló la sincronización · se reintentará</translation>
    </message>
    <message>
        <source>The server had a problem ({exc}). Nothing of its answer was applied and your changes are kept; the sync is tried again later.</source>
        <translation>El servidor tuvo un problema ({exc}). No se aplicó nada de su respuesta y sus cambios se conservan; la sincronización se reintentará más tarde.</translation>
    </message>
    <message>
        <source>Sync paused · will retry</source>
        <translation>Sincronización en pausa · se reintentará</translation>
    </message>
    <message>
        <source>The workspace was busy with a long change; the sync stopped between two steps and goes on at the next sync.</source>
        <translation>El espacio de trabajo estaba ocupado con un cambio largo; la sincronización se detuvo entre dos pasos y continuará en la próxima.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message>
        <source>An internal error stopped the sync.</source>
        <translation>Un error interno detuvo la sincronización.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>casemgr: internal error</source>
        <translation>casemgr: error interno</translation>
    </message>
    <message>
        <source>The details (where in the program, no case data) were written to {log_path}.</source>
        <translation>Los detalles (dónde en el programa, sin datos de casos) se escribieron en {log_path}.</translation>
    </message>
    <message>
        <source>Something went wrong inside casemgr, and the last action may not have been completed. Your saved work is safe.</source>
        <translation>Algo falló dentro de casemgr y es posible que la última acción no se completara. Su trabajo guardado está a salvo.</translation>
    </message>
    <message>
        <source>{summary}

{logged}
Please report it to your administrator.</source>
        <translation>{summary}

{logged}
Informe de ello a su administrador.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas que corregir</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Log in to a server</source>
        <translation>Iniciar sesión en un servidor</translation>
    </message>
    <message>
        <source>Log in with the account your organisation gave you. A new encrypted workspace is created on this device and your cases are downloaded; after that it also opens offline. Your workspace password is the same as your server password.</source>
        <translation>Inicie sesión con la cuenta que le dio su organización. Se crea un nuevo espacio de trabajo cifrado en este equipo y se descargan sus casos; después también se abre sin conexión. La contraseña de su espacio de trabajo es la misma que la del servidor.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>https://casemgr.example.org</source>
        <translation>https://casemgr.example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>CA file (if IT gave one)</source>
        <translation>Archivo de CA (si informática le dio uno)</translation>
    </message>
    <message>
        <source>the organisation&apos;s CA certificate, a .pem file</source>
        <translation>el certificado de CA de la organización, un archivo .pem</translation>
    </message>
    <message>
        <source>Server key pin (if IT gave one)</source>
        <translation>Huella de la clave del servidor (si informática le dio una)</translation>
    </message>
    <message>
        <source>SHA-256 of the server&apos;s public key</source>
        <translation>SHA-256 de la clave pública del servidor</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the address your organisation gave you, starting with https://</source>
        <translation>Introduzca la dirección que le dio su organización, que empieza por https://</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>Ese archivo no existe.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Logging in to {server}…</source>
        <translation>Iniciando sesión en {server}…</translation>
    </message>
    <message>
        <source>Recover with the server</source>
        <translation>Recuperar con el servidor</translation>
    </message>
    <message>
        <source>Log in to {server} as {user} to get this workspace&apos;s key back, then choose a new password for the workspace on this device. No case data is lost.</source>
        <translation>Inicie sesión en {server} como {user} para recuperar la clave de este espacio de trabajo y luego elija una nueva contraseña para el espacio de trabajo en este equipo. No se pierde ningún dato de los casos.</translation>
    </message>
    <message>
        <source>Server password</source>
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <source>New workspace password</source>
        <translation>Nueva contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Enter your password on the server.</source>
        <translation>Introduzca su contraseña del servidor.</translation>
    </message>
    <message>
        <source>Asking the server for the key…</source>
        <translation>Pidiendo la clave al servidor…</translation>
    </message>
    <message>
        <source>This workspace is offline-only: there is no server, so there is no password recovery. If the password is forgotten, nobody can open the cases kept in it. Keep the password safe.</source>
        <translation>Este espacio de trabajo es solo sin conexión: no hay servidor, así que no hay recuperación de la contraseña. Si la olvida, nadie podrá abrir los casos que contiene. Guarde la contraseña en un lugar seguro.</translation>
    </message>
    <message>
        <source>New offline-only workspace</source>
        <translation>Nuevo espacio de trabajo sin conexión</translation>
    </message>
    <message>
        <source>Team (optional)</source>
        <translation>Equipo (opcional)</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>I understand that there is no password recovery</source>
        <translation>Entiendo que no hay recuperación de la contraseña</translation>
    </message>
    <message>
        <source>Create workspace</source>
        <translation>Crear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Creating the encrypted workspace…</source>
        <translation>Creando el espacio de trabajo cifrado…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;casemgr&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;casemgr&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Unlock your workspace</source>
        <translation>Desbloquee su espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Recover with the server…</source>
        <translation>Recuperar con el servidor…</translation>
    </message>
    <message>
        <source>Log in to a server…</source>
        <translation>Iniciar sesión en un servidor…</translation>
    </message>
    <message>
        <source>First time on this device: log in with your account on your organisation&apos;s server</source>
        <translation>Primera vez en este equipo: inicie sesión con su cuenta en el servidor de su organización</translation>
    </message>
    <message>
        <source>New offline-only workspace…</source>
        <translation>Nuevo espacio de trabajo sin conexión…</translation>
    </message>
    <message>
        <source>Data folder: {data_dir}</source>
        <translation>Carpeta de datos: {data_dir}</translation>
    </message>
    <message>
        <source>  (offline-only)</source>
        <translation>  (solo sin conexión)</translation>
    </message>
    <message>
        <source>There is no workspace on this device yet: log in to your organisation&apos;s server, or create an offline-only one.</source>
        <translation>Aún no hay ningún espacio de trabajo en este equipo: inicie sesión en el servidor de su organización o cree uno sin conexión.</translation>
    </message>
    <message>
        <source>Choose a workspace, or create one.</source>
        <translation>Elija un espacio de trabajo o cree uno.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Too many failed attempts.</source>
        <translation>Demasiados intentos fallidos.</translation>
    </message>
    <message>
        <source>{wait_prefix} Try again in {left} s.</source>
        <translation>{wait_prefix} Vuelva a intentarlo en {left} s.</translation>
    </message>
    <message>
        <source>Unlocking is possible again in {left} s.</source>
        <translation>Podrá desbloquear de nuevo en {left} s.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>The workspace was locked. Enter the password to continue.</source>
        <translation>El espacio de trabajo se bloqueó. Introduzca la contraseña para continuar.</translation>
    </message>
    <message>
        <source>Logging in to {server_url}…</source>
        <translation>Iniciando sesión en {server_url}…</translation>
    </message>
    <message>
        <source>Starting the local demo server…</source>
        <translation>Iniciando el servidor de demostración local…</translation>
    </message>
    <message>
        <source>The demo server could not start: {exc}</source>
        <translation>No se pudo iniciar el servidor de demostración: {exc}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Mis casos</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>Carga del equipo</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisión</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after no input for</source>
        <translation>Bloquear tras una inactividad de</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Search after typing stops for</source>
        <translation>Buscar tras dejar de escribir durante</translation>
    </message>
    <message>
        <source>Only when asked and after changes</source>
        <translation>Solo a petición y tras cambios</translation>
    </message>
    <message>
        <source>Sync with the server every</source>
        <translation>Sincronizar con el servidor cada</translation>
    </message>
    <message>
        <source>Organisation on printed summaries</source>
        <translation>Organización en los resúmenes impresos</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>A new language applies the next time casemgr starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie casemgr.</translation>
    </message>
    <message>
        <source>Opening a case outside your caseload needs a connection to the server, which decides and records it. Connect to the network and try again.</source>
        <translation>Abrir un caso fuera de su carga de casos requiere conexión con el servidor, que lo decide y lo registra. Conéctese a la red e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>There is no case with this number. Check it and try again.</source>
        <translation>No hay ningún caso con este número. Compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This case is already in your caseload: open it from your cases.</source>
        <translation>Este caso ya está en su carga de casos: ábralo desde sus casos.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Sin&amp;cronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export &amp;indicators…</source>
        <translation>Exportar &amp;indicadores…</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Search cases</source>
        <translation>&amp;Buscar casos</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>&amp;Open the selected case</source>
        <translation>&amp;Abrir el caso seleccionado</translation>
    </message>
    <message>
        <source>Open a case outside my caseload…</source>
        <translation>Abrir un caso fuera de mi carga…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic report</source>
        <translation>&amp;Copiar el informe de diagnóstico</translation>
    </message>
    <message>
        <source>&amp;About casemgr</source>
        <translation>&amp;Acerca de casemgr</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About casemgr</source>
        <translation>Acerca de casemgr</translation>
    </message>
    <message>
        <source>casemgr {version}: offline-first case management for child-protection caseworkers. Case data stays encrypted on this device.</source>
        <translation>casemgr {version}: gestión de casos sin conexión para trabajadores sociales de protección infantil. Los datos de los casos se guardan cifrados en este equipo.</translation>
    </message>
    <message>
        <source>There is no log folder yet: casemgr has not written a log on this computer.</source>
        <translation>Todavía no hay carpeta de registros: casemgr no ha escrito ningún registro en este ordenador.</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is {folder}</source>
        <translation>No se pudo abrir la carpeta de registros. Está en {folder}</translation>
    </message>
    <message>
        <source>The diagnostic report was copied (versions, platform and sync state only, no case data): paste it into your message to support.</source>
        <translation>Se copió el informe de diagnóstico (solo versiones, plataforma y estado de la sincronización, sin datos de casos): péguelo en su mensaje al soporte.</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Enviar y recibir cambios ahora</translation>
    </message>
    <message>
        <source>This workspace has no server to sync with.</source>
        <translation>Este espacio de trabajo no tiene servidor con el que sincronizar.</translation>
    </message>
    <message>
        <source>Your emergency access to the case {number} ended; the server removed it from this device.</source>
        <translation>Su acceso de emergencia al caso {number} terminó; el servidor lo retiró de este dispositivo.</translation>
    </message>
    <message>
        <source>The case {number} is no longer assigned to you; the server removed it from this device.</source>
        <translation>El caso {number} ya no está asignado a usted; el servidor lo retiró de este equipo.</translation>
    </message>
    <message>
        <source>casemgr — locked</source>
        <translation>casemgr — bloqueado</translation>
    </message>
    <message>
        <source>casemgr — {user}</source>
        <translation>casemgr — {user}</translation>
    </message>
    <message>
        <source> (offline-only)</source>
        <translation> (solo sin conexión)</translation>
    </message>
    <message>
        <source> — demo: a local demo server with synthetic data (password {password})</source>
        <translation> — demo: un servidor de demostración local con datos ficticios (contraseña {password})</translation>
    </message>
    <message>
        <source>{page} ({count})</source>
        <translation>{page} ({count})</translation>
    </message>
    <message>
        <source>No case is selected: choose one in My cases (Ctrl+1) first, then Ctrl+O opens it.</source>
        <translation>No hay ningún caso seleccionado: elija uno en Mis casos (Ctrl+1) y luego Ctrl+O lo abre.</translation>
    </message>
    <message>
        <source>The new language applies the next time casemgr starts.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie casemgr.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Formularios</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>People&apos;s data</source>
        <translation>Datos de las personas</translation>
    </message>
    <message>
        <source>This workspace has no server: the admin console needs one. Log in to the organisation&apos;s server as an administrator to use it.</source>
        <translation>Este espacio de trabajo no tiene servidor: la consola de administración lo necesita. Inicie sesión en el servidor de la organización como administrador para usarla.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Created the user</source>
        <translation>Creó el usuario</translation>
    </message>
    <message>
        <source>Changed the user&apos;s role or teams</source>
        <translation>Cambió el rol o los equipos del usuario</translation>
    </message>
    <message>
        <source>Deactivated the user</source>
        <translation>Desactivó el usuario</translation>
    </message>
    <message>
        <source>Reactivated the user</source>
        <translation>Reactivó el usuario</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Restableció la contraseña</translation>
    </message>
    <message>
        <source>Changed their password</source>
        <translation>Cambió su contraseña</translation>
    </message>
    <message>
        <source>Created the team</source>
        <translation>Creó el equipo</translation>
    </message>
    <message>
        <source>Registered a device</source>
        <translation>Registró un equipo</translation>
    </message>
    <message>
        <source>Revoked a device</source>
        <translation>Revocó un equipo</translation>
    </message>
    <message>
        <source>Reassigned the case</source>
        <translation>Reasignó el caso</translation>
    </message>
    <message>
        <source>Closed a refused change</source>
        <translation>Cerró un cambio rechazado</translation>
    </message>
    <message>
        <source>Published a form</source>
        <translation>Publicó un formulario</translation>
    </message>
    <message>
        <source>Imported the service directory</source>
        <translation>Importó el directorio de servicios</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Inició sesión</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Cerró sesión</translation>
    </message>
    <message>
        <source>Sign-in refused (wrong password)</source>
        <translation>Inicio de sesión rechazado (contraseña incorrecta)</translation>
    </message>
    <message>
        <source>Exported data</source>
        <translation>Exportó datos</translation>
    </message>
    <message>
        <source>Printed a record</source>
        <translation>Imprimió un registro</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF</source>
        <translation>Guardó un resumen de caso en PDF</translation>
    </message>
    <message>
        <source>Saved a case summary as a PDF (redacted)</source>
        <translation>Guardó un resumen de caso en PDF (anonimizado)</translation>
    </message>
    <message>
        <source>Printed a case summary</source>
        <translation>Imprimió un resumen de caso</translation>
    </message>
    <message>
        <source>Printed a case summary (redacted)</source>
        <translation>Imprimió un resumen de caso (anonimizado)</translation>
    </message>
    <message>
        <source>Saved a copy of an attachment</source>
        <translation>Guardó una copia de un adjunto</translation>
    </message>
    <message>
        <source>Produced a person&apos;s subject access</source>
        <translation>Generó el acceso del interesado de una persona</translation>
    </message>
    <message>
        <source>Asked for a person&apos;s records to be erased</source>
        <translation>Solicitó el borrado de los registros de una persona</translation>
    </message>
    <message>
        <source>Approved an erasure: the person&apos;s records were erased</source>
        <translation>Aprobó un borrado: se borraron los registros de la persona</translation>
    </message>
    <message>
        <source>Withdrew an erasure request</source>
        <translation>Retiró una solicitud de borrado</translation>
    </message>
    <message>
        <source>Waiting for a second administrator</source>
        <translation>En espera de un segundo administrador</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>…{device_id} (no name)</source>
        <translation>…{device_id} (sin nombre)</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>Nuevo usuario…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer la contraseña…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Restablecimiento de contraseña</translation>
    </message>
    <message>
        <source>, {off} deactivated</source>
        <translation>, {off} desactivados</translation>
    </message>
    <message>
        <source>Reset a password</source>
        <translation>Restablecer una contraseña</translation>
    </message>
    <message>
        <source>Reset the password of {name}?</source>
        <translation>¿Restablecer la contraseña de {name}?</translation>
    </message>
    <message>
        <source>{name}&apos;s sessions end now. casemgr makes a temporary password and shows it once; at {name}&apos;s next sign-in with it, their devices get their workspace key back, and nothing on them is lost.</source>
        <translation>Las sesiones de {name} terminan ahora. casemgr crea una contraseña temporal y la muestra una sola vez; en el próximo inicio de sesión de {name} con ella, sus equipos recuperan la clave de su espacio de trabajo y no se pierde nada.</translation>
    </message>
    <message>
        <source>New team…</source>
        <translation>Nuevo equipo…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>{count} teams. A caseworker&apos;s cases go to the supervisors of their team.</source>
        <translation>{count} equipos. Los casos de un trabajador social van a los supervisores de su equipo.</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Waiting at last sync</source>
        <translation>Pendientes en la última sincronización</translation>
    </message>
    <message>
        <source>Changes waiting on the device when it last sent</source>
        <translation>Cambios pendientes en el equipo en su último envío</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>Revoked {when}</source>
        <translation>Revocado {when}</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device in use</source>
        <translation>
            <numerusform>%Ln equipo en uso</numerusform>
            <numerusform>%Ln equipos en uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices in use</source>
        <translation>
            <numerusform>%Ln equipo en uso</numerusform>
            <numerusform>%Ln equipos en uso</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} not synced for three days or more (in colour)</source>
        <translation>; {count} sin sincronizar desde hace tres días o más (en color)</translation>
    </message>
    <message>
        <source>This device is revoked already.</source>
        <translation>Este equipo ya está revocado.</translation>
    </message>
    <message>
        <source> It had {outbox_lag:,} changes waiting when it last synced.</source>
        <translation> Tenía {outbox_lag:,} cambios pendientes en su última sincronización.</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Revocar un equipo</translation>
    </message>
    <message>
        <source>Revoke {user}&apos;s device {label}?</source>
        <translation>¿Revocar el equipo {label} de {user}?</translation>
    </message>
    <message>
        <source>Last synced: {when}. At its next contact with the server the device wipes its workspace: the cases, key and files on it are deleted, and changes not synced yet are lost.</source>
        <translation>Última sincronización: {when}. En su próximo contacto con el servidor, el equipo borra su espacio de trabajo: los casos, la clave y los archivos que contiene se eliminan, y los cambios aún sin sincronizar se pierden.</translation>
    </message>
    <message>
        <source> {user} keeps their account and can sign in on another device.</source>
        <translation> {user} conserva su cuenta y puede iniciar sesión en otro equipo.</translation>
    </message>
    <message>
        <source>Revoke the device</source>
        <translation>Revocar el equipo</translation>
    </message>
    <message>
        <source>Restore the case</source>
        <translation>Restaurar el caso</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Closed cases leave devices after</source>
        <translation>Los casos cerrados salen de los dispositivos tras</translation>
    </message>
    <message>
        <source> years</source>
        <translation> años</translation>
    </message>
    <message>
        <source>Archived on the server after</source>
        <translation>Archivados en el servidor tras</translation>
    </message>
    <message>
        <source>Closed or restored</source>
        <translation>Cerrado o restaurado</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Closed cases leave every device {days} days after closure and are archived on the server {years} years after it. {count} cases are archived; a restored case reaches its caseworker&apos;s devices at their next sync.</source>
        <translation>Los casos cerrados salen de todos los dispositivos {days} días después del cierre y se archivan en el servidor {years} años después. Hay {count} casos archivados; un caso restaurado vuelve a los dispositivos de su trabajador/a social en su próxima sincronización.</translation>
    </message>
    <message>
        <source>Devices, those not synced for three days or more first</source>
        <translation>Equipos, primero los que no se sincronizan desde hace tres días o más</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos abiertos</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Cambios rechazados</translation>
    </message>
    <message>
        <source>Each is resolved by a caseworker of the case, on their device (Conflicts page): the values stay in the case file.</source>
        <translation>Cada uno lo resuelve un trabajador social del caso, en su equipo (página Conflictos): los valores permanecen en el expediente.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <source>Sent later</source>
        <translation>Enviado después</translation>
    </message>
    <message>
        <source>Changes refused by the server</source>
        <translation>Cambios rechazados por el servidor</translation>
    </message>
    <message>
        <source>Kept, never applied. Mark resolved once the cause is put right (the user given the team, the change made again); dismiss when nothing is to be done. Either way it stays on record.</source>
        <translation>Se conservan, nunca se aplican. Márquelo como resuelto cuando la causa se haya corregido (el usuario añadido al equipo, el cambio hecho de nuevo); descártelo si no hay nada que hacer. En ambos casos queda registrado.</translation>
    </message>
    <message>
        <source>Audit of the case</source>
        <translation>Auditoría del caso</translation>
    </message>
    <message>
        <source>Mark resolved</source>
        <translation>Marcar como resuelto</translation>
    </message>
    <message>
        <source>{kind} of a {record}</source>
        <translation>{kind} de un/a {record}</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>A child is at immediate risk</source>
        <translation>Un niño/a está en riesgo inmediato</translation>
    </message>
    <message>
        <source>Covering for an absent colleague</source>
        <translation>Sustitución de un colega ausente</translation>
    </message>
    <message>
        <source>Out-of-hours emergency call</source>
        <translation>Llamada de emergencia fuera de horario</translation>
    </message>
    <message>
        <source>Request from police, court or hospital</source>
        <translation>Solicitud de la policía, un juzgado o un hospital</translation>
    </message>
    <message>
        <source>Other (say why below)</source>
        <translation>Otro (explíquelo abajo)</translation>
    </message>
    <message>
        <source>Open a case outside my caseload</source>
        <translation>Abrir un caso fuera de mi carga</translation>
    </message>
    <message>
        <source>Only in an emergency. The server must be reachable: it decides and records it. The case is yours to read for {hours} hours (unless your organisation set another limit), then it leaves this computer. The case&apos;s supervisor is told at once, and everything you do in the case is recorded as emergency access.</source>
        <translation>Solo en caso de emergencia. El servidor debe estar accesible: lo decide y lo registra. Podrá leer el caso durante {hours} horas (salvo que su organización haya fijado otro límite) y luego saldrá de este equipo. Se avisa de inmediato al supervisor/a del caso, y todo lo que haga en él se registra como acceso de emergencia.</translation>
    </message>
    <message>
        <source>For example NRB-00042</source>
        <translation>Por ejemplo NRB-00042</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Why you need this case now, in your own words</source>
        <translation>Por qué necesita este caso ahora, con sus palabras</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>Give the case number.</source>
        <translation>Indique el número del caso.</translation>
    </message>
    <message>
        <source>Say why you need this case.</source>
        <translation>Diga por qué necesita este caso.</translation>
    </message>
    <message>
        <source>{devices}; {conflicts}; {refused} to review.</source>
        <translation>{devices}; {conflicts}; {refused} por revisar.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device not synced for three days or more</source>
        <translation>
            <numerusform>%Ln equipo sin sincronizar desde hace tres días o más</numerusform>
            <numerusform>%Ln equipos sin sincronizar desde hace tres días o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln devices not synced for three days or more</source>
        <translation>
            <numerusform>%Ln equipo sin sincronizar desde hace tres días o más</numerusform>
            <numerusform>%Ln equipos sin sincronizar desde hace tres días o más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflict</source>
        <translation>
            <numerusform>%Ln conflicto abierto</numerusform>
            <numerusform>%Ln conflictos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open conflicts</source>
        <translation>
            <numerusform>%Ln conflicto abierto</numerusform>
            <numerusform>%Ln conflictos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused change</source>
        <translation>
            <numerusform>%Ln cambio rechazado</numerusform>
            <numerusform>%Ln cambios rechazados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused changes</source>
        <translation>
            <numerusform>%Ln cambio rechazado</numerusform>
            <numerusform>%Ln cambios rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Publicar una nueva versión…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>{count} forms, {count2} published versions. What was filled in keeps the version it was filled in with.</source>
        <translation>{count} formularios, {count2} versiones publicadas. Lo que se completó conserva la versión con la que se completó.</translation>
    </message>
    <message>
        <source>The service directory is the list of providers caseworkers refer children to; every device receives it at its next sync. Import it from an Open Referral HSDS 3.0 file (JSON, or the CSV data package) or from a plain CSV list of providers: providers imported before are updated, never duplicated, and each import reports what it added, updated and refused.</source>
        <translation>El directorio de servicios es la lista de proveedores a los que los trabajadores sociales derivan a los niños; cada equipo lo recibe en su próxima sincronización. Impórtelo desde un archivo Open Referral HSDS 3.0 (JSON o el paquete de datos CSV) o desde una simple lista CSV de proveedores: los proveedores importados antes se actualizan, nunca se duplican, y cada importación informa de lo que añadió, actualizó y rechazó.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Last import ({name}): {report}</source>
        <translation>Última importación ({name}): {report}</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>Acceso del interesado…</translation>
    </message>
    <message>
        <source>Request an erasure…</source>
        <translation>Solicitar un borrado…</translation>
    </message>
    <message>
        <source>Approve the erasure…</source>
        <translation>Aprobar el borrado…</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>Retirar la solicitud</translation>
    </message>
    <message>
        <source>Approved or withdrawn by</source>
        <translation>Aprobado o retirado por</translation>
    </message>
    <message>
        <source>{records} records, {cases} whole cases, {files} files</source>
        <translation>{records} registros, {cases} casos enteros, {files} archivos</translation>
    </message>
    <message>
        <source>Erasure requests waiting for a second administrator: {count}.</source>
        <translation>Solicitudes de borrado en espera de un segundo administrador: {count}.</translation>
    </message>
    <message>
        <source>No erasure request is waiting. An erasure is asked for by one administrator and approved by another.</source>
        <translation>No hay ninguna solicitud de borrado en espera. Un borrado lo solicita un administrador y lo aprueba otro.</translation>
    </message>
    <message>
        <source>Another administrator approves a request you made.</source>
        <translation>Otro administrador aprueba una solicitud que usted hizo.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing was fetched.</source>
        <translation>No se pudo comprobar la contraseña; no se obtuvo nada.</translation>
    </message>
    <message>
        <source>The output could not be recorded in the audit log; nothing was saved.</source>
        <translation>No se pudo registrar la salida en el registro de auditoría; no se guardó nada.</translation>
    </message>
    <message>
        <source>The file could not be written ({why}).</source>
        <translation>No se pudo escribir el archivo ({why}).</translation>
    </message>
    <message>
        <source>Approve an erasure</source>
        <translation>Aprobar un borrado</translation>
    </message>
    <message>
        <source>Erase the records of person {person}, as {user} asked?</source>
        <translation>¿Borrar los registros de la persona {person}, como solicitó {user}?</translation>
    </message>
    <message>
        <source>Their record and every record about them alone are deleted on the server now, and on every device at its next sync; if no one else is left in their household, the whole case with its files. It cannot be undone. The audit log keeps who asked, who approved, and how many records went.</source>
        <translation>Su ficha y todo registro que solo la concierne se eliminan en el servidor ahora y en cada dispositivo en su próxima sincronización; si no queda nadie más en su hogar, el caso entero con sus archivos. No se puede deshacer. El registro de auditoría guarda quién lo solicitó, quién lo aprobó y cuántos registros se eliminaron.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>User (by or about)</source>
        <translation>Usuario (autor o afectado)</translation>
    </message>
    <message>
        <source>case id</source>
        <translation>id. del caso</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Mostrar entradas anteriores</translation>
    </message>
    <message>
        <source>{name}: write the date as YYYY-MM-DD.</source>
        <translation>{name}: escriba la fecha como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <source>{total:,} entries, newest first</source>
        <translation>{total:,} entradas, las más recientes primero</translation>
    </message>
    <message>
        <source>; the {shown:,} newest shown.</source>
        <translation>; se muestran las {shown:,} más recientes.</translation>
    </message>
    <message>
        <source>Your approval of the {kind} of case {case} did not count: {reason}</source>
        <translation>Su aprobación de la solicitud «{kind}» del caso {case} no se tuvo en cuenta: {reason}</translation>
    </message>
    <message>
        <source>Your sending back of the {kind} of case {case} did not count: {reason}</source>
        <translation>Su devolución de la solicitud «{kind}» del caso {case} no se tuvo en cuenta: {reason}</translation>
    </message>
    <message>
        <source>request</source>
        <translation>solicitud</translation>
    </message>
    <message>
        <source>(no longer on this device)</source>
        <translation>(ya no está en este dispositivo)</translation>
    </message>
    <message>
        <source>{holder} opened case {case} outside their caseload on {when}.</source>
        <translation>{holder} abrió el caso {case} fuera de su carga de casos el {when}.</translation>
    </message>
    <message>
        <source>They ended the access at {time}.</source>
        <translation>Terminó el acceso a las {time}.</translation>
    </message>
    <message>
        <source>{who} ended the access at {time}.</source>
        <translation>{who} terminó el acceso a las {time}.</translation>
    </message>
    <message>
        <source>The access runs until {time}.</source>
        <translation>El acceso dura hasta {time}.</translation>
    </message>
    <message>
        <source>The access ended at {time}.</source>
        <translation>El acceso terminó a las {time}.</translation>
    </message>
    <message>
        <source>Reason: {reason}: {note}</source>
        <translation>Motivo: {reason}: {note}</translation>
    </message>
    <message>
        <source>End access now</source>
        <translation>Terminar el acceso ahora</translation>
    </message>
    <message>
        <source>End this emergency access now: the case leaves their computer at its next sync. Needs a connection to the server.</source>
        <translation>Terminar este acceso de emergencia ahora: el caso sale de su equipo en la próxima sincronización. Requiere conexión con el servidor.</translation>
    </message>
    <message>
        <source>This access has already ended.</source>
        <translation>Este acceso ya ha terminado.</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Enterado</translation>
    </message>
    <message>
        <source>You have read this: the notice leaves this page and your Today list.</source>
        <translation>Lo ha leído: el aviso sale de esta página y de su lista de Hoy.</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decidir…</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Abrir el caso</translation>
    </message>
    <message>
        <source>You have read this; the Sync page keeps every refused change.</source>
        <translation>Ya lo ha leído; la página Sincronización conserva cada cambio rechazado.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Acceso de emergencia</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln día</numerusform>
            <numerusform>%Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source> (changed since asked)</source>
        <translation> (cambió desde la solicitud)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>Nothing is waiting for your decision.</source>
        <translation>No hay nada pendiente de su decisión.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln solicitud espera su decisión, la más antigua primero</numerusform>
            <numerusform>%Ln solicitudes esperan su decisión, las más antiguas primero</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requests waiting for your decision, oldest first</source>
        <translation>
            <numerusform>%Ln solicitud espera su decisión, la más antigua primero</numerusform>
            <numerusform>%Ln solicitudes esperan su decisión, las más antiguas primero</numerusform>
        </translation>
    </message>
    <message>
        <source>; {count} for more than {days} days</source>
        <translation>; {count} desde hace más de {days} días</translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since it was asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln cambió desde que se solicitó: el trabajador social debe enviarla de nuevo.</numerusform>
            <numerusform>%Ln cambiaron desde que se solicitaron: el trabajador social debe enviarlas de nuevo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed since they were asked: the caseworker must submit again.</source>
        <translation>
            <numerusform>%Ln cambió desde que se solicitó: el trabajador social debe enviarla de nuevo.</numerusform>
            <numerusform>%Ln cambiaron desde que se solicitaron: el trabajador social debe enviarlas de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>It changed since it was asked: the caseworker must submit it again.</source>
        <translation>Cambió desde que se solicitó: el trabajador social debe enviarla de nuevo.</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server. Everything stays on this device, encrypted; nothing is sent anywhere.</source>
        <translation>Espacio de trabajo solo sin conexión: sin servidor. Todo se queda en este equipo, cifrado; no se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Closure requested</source>
        <translation>Cierre solicitado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Critical risk</source>
        <translation>Riesgo crítico</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Riesgo alto</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>Riesgo medio</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>Riesgo bajo</translation>
    </message>
    <message>
        <source>Risk not assessed</source>
        <translation>Riesgo sin evaluar</translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Atrasado desde el {date}</translation>
    </message>
    <message>
        <source>Due today ({date})</source>
        <translation>Vence hoy ({date})</translation>
    </message>
    <message>
        <source>Due {date}</source>
        <translation>Vence el {date}</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niños/as</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Próximo vencimiento</translation>
    </message>
    <message>
        <source>Sort by {column}</source>
        <translation>Ordenar por {column}</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(retirado)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Cualquier riesgo</translation>
    </message>
    <message>
        <source>Any caseworker</source>
        <translation>Cualquier trabajador social</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo atrasados</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Search names, case numbers and notes (Ctrl+F)</source>
        <translation>Buscar nombres, números de caso y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source> (showing the first matches: type more to narrow the search)</source>
        <translation> (se muestran las primeras coincidencias: escriba más para acotar la búsqueda)</translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that matches (set them to “Any” to see it)</source>
        <translation>
            <numerusform>; los filtros ocultan %Ln coincidencia más (póngalos en «Cualquier» para verla)</numerusform>
            <numerusform>; los filtros ocultan %Ln coincidencias más (póngalos en «Cualquier» para verlas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; the filters hide %Ln more that match (set them to “Any” to see them)</source>
        <translation>
            <numerusform>; los filtros ocultan %Ln coincidencia más (póngalos en «Cualquier» para verla)</numerusform>
            <numerusform>; los filtros ocultan %Ln coincidencias más (póngalos en «Cualquier» para verlas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case matches “{text}”{more}</source>
        <translation>
            <numerusform>%Ln caso coincide con «{text}»{more}</numerusform>
            <numerusform>%Ln casos coinciden con «{text}»{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases match “{text}”{more}</source>
        <translation>
            <numerusform>%Ln caso coincide con «{text}»{more}</numerusform>
            <numerusform>%Ln casos coinciden con «{text}»{more}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casos</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept by the server (first)</source>
        <translation>Conservado por el servidor (llegó primero)</translation>
    </message>
    <message>
        <source>Sent later (not applied)</source>
        <translation>Enviado después (no aplicado)</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Choose the value to keep for the selected conflict (Enter)</source>
        <translation>Elegir el valor que conservar para el conflicto seleccionado (Intro)</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>Por, cuándo</translation>
    </message>
    <message>
        <source> Conflicts arise only when the same field is changed on two devices before they sync, so there are none here.</source>
        <translation> Los conflictos solo surgen cuando el mismo campo se cambia en dos equipos antes de sincronizarse, así que aquí no hay ninguno.</translation>
    </message>
    <message>
        <source>When the same field was changed on two devices before they synced, the server keeps the value that arrived first and both values are listed here. Choose the value to keep; the choice is synced like any other change.</source>
        <translation>Cuando el mismo campo se cambió en dos equipos antes de sincronizarse, el servidor conserva el valor que llegó primero y ambos valores se listan aquí. Elija el valor que conservar; la elección se sincroniza como cualquier otro cambio.</translation>
    </message>
    <message>
        <source>Not saved because of an internal error.</source>
        <translation>No se guardó por un error interno.</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source> cases</source>
        <translation> casos</translation>
    </message>
    <message>
        <source>The most open cases one worker should carry: a line on the caseload chart (saved on this computer).</source>
        <translation>El máximo de casos abiertos que debería llevar un trabajador: una línea en el gráfico de carga (guardado en este ordenador).</translation>
    </message>
    <message>
        <source>Caseload &amp;ceiling:</source>
        <translation>&amp;Tope de carga:</translation>
    </message>
    <message>
        <source>Print the charts and their tables, or save them as a PDF file (Ctrl+P)</source>
        <translation>Imprimir los gráficos y sus tablas, o guardarlos como PDF (Ctrl+P)</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace: {scope}, {period}.</source>
        <translation>Contado a partir del espacio de trabajo de este equipo: {scope}, {period}.</translation>
    </message>
    <message>
        <source>casemgr dashboard</source>
        <translation>Panel de casemgr</translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation>Borrador: aún no enviada</translation>
    </message>
    <message>
        <source>Sent: waiting for an answer</source>
        <translation>Enviada: esperando respuesta</translation>
    </message>
    <message>
        <source>Accepted: service in progress</source>
        <translation>Aceptada: servicio en curso</translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation>Redactada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln derivación en curso, {waiting} esperando la respuesta del proveedor</numerusform>
            <numerusform>%Ln derivaciones en curso, {waiting} esperando la respuesta del proveedor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals in progress, {waiting} waiting for the provider&apos;s answer</source>
        <translation>
            <numerusform>%Ln derivación en curso, {waiting} esperando la respuesta del proveedor</numerusform>
            <numerusform>%Ln derivaciones en curso, {waiting} esperando la respuesta del proveedor</numerusform>
        </translation>
    </message>
    <message>
        <source>All caseworkers</source>
        <translation>Todos los trabajadores sociales</translation>
    </message>
    <message>
        <source>{actions} ({open_actions} open)</source>
        <translation>{actions} ({open_actions} abiertas)</translation>
    </message>
    <message>
        <source>Show the sessions of</source>
        <translation>Mostrar las sesiones de</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>Nueva sesión…</translation>
    </message>
    <message>
        <source>Record a supervision session with a caseworker of your team; each agreed action becomes their task</source>
        <translation>Registrar una sesión de supervisión con un trabajador social de su equipo; cada acción acordada se convierte en su tarea</translation>
    </message>
    <message>
        <source>Read…</source>
        <translation>Leer…</translation>
    </message>
    <message>
        <source>No caseworker of your teams is in the directory on this device yet; sync, then try again.</source>
        <translation>Todavía no hay ningún trabajador social de sus equipos en el directorio de este equipo; sincronice y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>No supervision session with {worker} on this device yet.</source>
        <translation>Todavía no hay ninguna sesión de supervisión con {worker} en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln sesión de supervisión con {worker}, la más reciente primero.</numerusform>
            <numerusform>%Ln sesiones de supervisión con {worker}, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions with {worker}, newest first.</source>
        <translation>
            <numerusform>%Ln sesión de supervisión con {worker}, la más reciente primero.</numerusform>
            <numerusform>%Ln sesiones de supervisión con {worker}, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>No supervision session on this device yet.</source>
        <translation>Todavía no hay ninguna sesión de supervisión en este equipo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision session, newest first.</source>
        <translation>
            <numerusform>%Ln sesión de supervisión, la más reciente primero.</numerusform>
            <numerusform>%Ln sesiones de supervisión, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln supervision sessions, newest first.</source>
        <translation>
            <numerusform>%Ln sesión de supervisión, la más reciente primero.</numerusform>
            <numerusform>%Ln sesiones de supervisión, las más recientes primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervision session saved; its agreed actions are the caseworker&apos;s tasks from their next sync.</source>
        <translation>Sesión de supervisión guardada; sus acciones acordadas serán tareas del trabajador social desde su próxima sincronización.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>No offline permission yet: connect to the server.</source>
        <translation>Aún no hay permiso sin conexión: conéctese al servidor.</translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln day)</source>
        <translation>
            <numerusform> (en %Ln día)</numerusform>
            <numerusform> (en %Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (in %Ln days)</source>
        <translation>
            <numerusform> (en %Ln día)</numerusform>
            <numerusform> (en %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline use allowed until {time}{left}; each sync extends it.</source>
        <translation>Uso sin conexión permitido hasta el {time}{left}; cada sincronización lo amplía.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Pendiente de sincronizar</translation>
    </message>
    <message>
        <source>The server refused these changes (for example a case reassigned meanwhile, or a step no longer allowed). They were taken back out of the case file but are kept here with the values you entered, so nothing is lost: re-enter what still applies.</source>
        <translation>El servidor rechazó estos cambios (por ejemplo, un caso reasignado mientras tanto o un paso que ya no está permitido). Se quitaron del expediente, pero se conservan aquí con los valores que introdujo, así que no se pierde nada: vuelva a introducir lo que siga siendo válido.</translation>
    </message>
    <message>
        <source>Values refused</source>
        <translation>Valores rechazados</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazados por el servidor</translation>
    </message>
    <message>
        <source> The changes below wait in the outbox; they would be sent if this workspace were linked to a server.</source>
        <translation> Los cambios de abajo esperan en la bandeja de salida; se enviarían si este espacio de trabajo estuviera vinculado a un servidor.</translation>
    </message>
    <message>
        <source>Server: {server_url}</source>
        <translation>Servidor: {server_url}</translation>
    </message>
    <message>
        <source>Send and receive changes now (Ctrl+Shift+S)</source>
        <translation>Enviar y recibir cambios ahora (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Syncing… {progress}</source>
        <translation>Sincronizando… {progress}</translation>
    </message>
    <message>
        <source>Last sync: {summary}</source>
        <translation>Última sincronización: {summary}</translation>
    </message>
    <message>
        <source> (the oldest {count} are listed)</source>
        <translation> (se listan los {count} más antiguos)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar{shown}</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar{shown}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync{shown}</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar{shown}</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar{shown}</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting to sync ({count})</source>
        <translation>Pendientes de sincronizar ({count})</translation>
    </message>
    <message>
        <source>Refused by the server ({count})</source>
        <translation>Rechazados por el servidor ({count})</translation>
    </message>
    <message>
        <source>Never synced yet.</source>
        <translation>Nunca sincronizado.</translation>
    </message>
    <message>
        <source>Downloading your caseload</source>
        <translation>Descargando sus casos</translation>
    </message>
    <message>
        <source>Logged in to {server_url} as {user}. Your cases are being downloaded and encrypted on this device; you can start working meanwhile.</source>
        <translation>Sesión iniciada en {server_url} como {user}. Sus casos se están descargando y cifrando en este equipo; mientras tanto puede empezar a trabajar.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Continue in the background</source>
        <translation>Continuar en segundo plano</translation>
    </message>
    <message>
        <source>Done: {summary}</source>
        <translation>Hecho: {summary}</translation>
    </message>
    <message>
        <source> The cases arrive at the next sync.</source>
        <translation> Los casos llegan en la próxima sincronización.</translation>
    </message>
    <message>
        <source>No case</source>
        <translation>Ningún caso</translation>
    </message>
    <message>
        <source>Only tasks assigned to me</source>
        <translation>Solo las tareas asignadas a mí</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marcar como hecha</translation>
    </message>
    <message>
        <source>Agreed in</source>
        <translation>Acordada en</translation>
    </message>
    <message>
        <source>Supervision with {supervisor}</source>
        <translation>Supervisión con {supervisor}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open task, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln tarea abierta, {overdue} atrasadas</numerusform>
            <numerusform>%Ln tareas abiertas, {overdue} atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open tasks, {overdue} overdue</source>
        <translation>
            <numerusform>%Ln tarea abierta, {overdue} atrasadas</numerusform>
            <numerusform>%Ln tareas abiertas, {overdue} atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>This task was agreed in supervision and is in no case.</source>
        <translation>Esta tarea se acordó en supervisión y no pertenece a ningún caso.</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>Todo el equipo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visit</source>
        <translation>
            <numerusform>%Ln primera visita</numerusform>
            <numerusform>%Ln primeras visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln first visits</source>
        <translation>
            <numerusform>%Ln primera visita</numerusform>
            <numerusform>%Ln primeras visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review</source>
        <translation>
            <numerusform>%Ln revisión</numerusform>
            <numerusform>%Ln revisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reviews</source>
        <translation>
            <numerusform>%Ln revisión</numerusform>
            <numerusform>%Ln revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Última visita</translation>
    </message>
    <message>
        <source>{worker} holds cases of the team but is no longer an active member of it: give their cases to someone else.</source>
        <translation>{worker} tiene casos del equipo pero ya no es miembro activo: asigne sus casos a otra persona.</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>Open cases at high or critical risk</source>
        <translation>Casos abiertos con riesgo alto o crítico</translation>
    </message>
    <message>
        <source>Overdue first visits</source>
        <translation>Primeras visitas atrasadas</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Revisiones atrasadas</translation>
    </message>
    <message numerus="yes">
        <source>No visit in %Ln days</source>
        <translation>
            <numerusform>Sin visita en %Ln día</numerusform>
            <numerusform>Sin visita en %Ln días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open cases whose last visit (or, never visited, whose opening) was more than %Ln days ago</source>
        <translation>
            <numerusform>Casos abiertos cuya última visita (o, sin visitas, su apertura) fue hace más de %Ln día</numerusform>
            <numerusform>Casos abiertos cuya última visita (o, sin visitas, su apertura) fue hace más de %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Caseload by worker</source>
        <translation>Carga por trabajador</translation>
    </message>
    <message>
        <source>Click a worker to see their cases below</source>
        <translation>Haga clic en un trabajador para ver sus casos abajo</translation>
    </message>
    <message>
        <source>No visit in {NO_VISIT_DAYS} days</source>
        <translation>Sin visita en {NO_VISIT_DAYS} días</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Reasignar…</translation>
    </message>
    <message>
        <source>The team&apos;s cases</source>
        <translation>Los casos del equipo</translation>
    </message>
    <message>
        <source>{name} (no longer in the team)</source>
        <translation>{name} (ya no está en el equipo)</translation>
    </message>
    <message>
        <source>Team {team}</source>
        <translation>Equipo {team}</translation>
    </message>
    <message>
        <source>Teams {teams} and {last}</source>
        <translation>Equipos {teams} y {last}</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>{who}: {open}, {high} at high or critical risk; {late}; {unvisited}.</source>
        <translation>{who}: {open}, {high} con riesgo alto o crítico; {late}; {unvisited}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open case</source>
        <translation>
            <numerusform>%Ln caso abierto</numerusform>
            <numerusform>%Ln casos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open cases</source>
        <translation>
            <numerusform>%Ln caso abierto</numerusform>
            <numerusform>%Ln casos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <source>{items} overdue</source>
        <translation>{items} atrasadas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nada atrasado</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln caso sin visita en {days} días</numerusform>
            <numerusform>%Ln casos sin visita en {days} días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cases without a visit in {days} days</source>
        <translation>
            <numerusform>%Ln caso sin visita en {days} días</numerusform>
            <numerusform>%Ln casos sin visita en {days} días</numerusform>
        </translation>
    </message>
    <message>
        <source> This workspace has not received the server&apos;s list of workers: the workers shown are those who hold cases.</source>
        <translation> Este espacio de trabajo no ha recibido la lista de trabajadores del servidor: los trabajadores mostrados son los que tienen casos.</translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected case to another worker of the team</source>
        <translation>
            <numerusform>Asignar el caso seleccionado (%Ln) a otro trabajador del equipo</numerusform>
            <numerusform>Asignar los %Ln casos seleccionados a otro trabajador del equipo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %Ln selected cases to another worker of the team</source>
        <translation>
            <numerusform>Asignar el caso seleccionado (%Ln) a otro trabajador del equipo</numerusform>
            <numerusform>Asignar los %Ln casos seleccionados a otro trabajador del equipo</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more cases first (Ctrl+click or Shift+click to select several)</source>
        <translation>Seleccione primero uno o más casos (Ctrl+clic o Mayús+clic para seleccionar varios)</translation>
    </message>
    <message>
        <source>, {count} selected</source>
        <translation>, {count} seleccionados</translation>
    </message>
    <message>
        <source>Visits and reviews due this week</source>
        <translation>Visitas y revisiones de esta semana</translation>
    </message>
    <message>
        <source>Tasks due this week</source>
        <translation>Tareas de esta semana</translation>
    </message>
    <message>
        <source>Sent back by your supervisor</source>
        <translation>Devuelto por su supervisor/a</translation>
    </message>
    <message>
        <source>Sent back on</source>
        <translation>Devuelto el</translation>
    </message>
    <message>
        <source>Referrals waiting for an answer</source>
        <translation>Derivaciones esperando respuesta</translation>
    </message>
    <message>
        <source>Changed since you last looked</source>
        <translation>Cambiado desde su última consulta</translation>
    </message>
    <message>
        <source>{kind} sent back by {who}</source>
        <translation>{kind}: devuelto por {who}</translation>
    </message>
    <message>
        <source>the supervisor</source>
        <translation>el/la supervisor/a</translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln day past its time</source>
        <translation>
            <numerusform>Derivación de {service} ({urgency}): sin respuesta, %Ln día de retraso</numerusform>
            <numerusform>Derivación de {service} ({urgency}): sin respuesta, %Ln días de retraso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{service} referral ({urgency}): no answer, %Ln days past its time</source>
        <translation>
            <numerusform>Derivación de {service} ({urgency}): sin respuesta, %Ln día de retraso</numerusform>
            <numerusform>Derivación de {service} ({urgency}): sin respuesta, %Ln días de retraso</numerusform>
        </translation>
    </message>
    <message>
        <source>{kind} approved</source>
        <translation>{kind}: aprobado</translation>
    </message>
    <message>
        <source>{kind} sent back</source>
        <translation>{kind}: devuelto</translation>
    </message>
    <message>
        <source>{record}: {name}</source>
        <translation>{record}: {name}</translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln day)</source>
        <translation>
            <numerusform> (atrasada %Ln día)</numerusform>
            <numerusform> (atrasada %Ln días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (overdue by %Ln days)</source>
        <translation>
            <numerusform> (atrasada %Ln día)</numerusform>
            <numerusform> (atrasada %Ln días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to {provider}</source>
        <translation>Enviada a {provider}</translation>
    </message>
    <message>
        <source>Added by {who}</source>
        <translation>Añadido por {who}</translation>
    </message>
    <message>
        <source>Changed by {who}</source>
        <translation>Modificado por {who}</translation>
    </message>
    <message>
        <source>: “{comment}”</source>
        <translation>: «{comment}»</translation>
    </message>
    <message>
        <source>Agreed in supervision with {supervisor}</source>
        <translation>Acordada en supervisión con {supervisor}</translation>
    </message>
    <message>
        <source>Assigned to {worker}</source>
        <translation>Asignada a {worker}</translation>
    </message>
    <message>
        <source>Nothing due this week, nothing sent back or waiting, and nothing new in your cases.</source>
        <translation>Nada pendiente esta semana, nada devuelto ni en espera, y nada nuevo en sus casos.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln due this week</source>
        <translation>
            <numerusform>%Ln pendiente esta semana</numerusform>
            <numerusform>%Ln pendientes esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln atrasada</numerusform>
            <numerusform>, %Ln atrasadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent back</source>
        <translation>
            <numerusform>%Ln devuelto</numerusform>
            <numerusform>%Ln devueltos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referral waiting</source>
        <translation>
            <numerusform>%Ln derivación en espera</numerusform>
            <numerusform>%Ln derivaciones en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln referrals waiting</source>
        <translation>
            <numerusform>%Ln derivación en espera</numerusform>
            <numerusform>%Ln derivaciones en espera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others since {time}</source>
        <translation>
            <numerusform>%Ln cambio de otros desde el {time}</numerusform>
            <numerusform>%Ln cambios de otros desde el {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others since {time}</source>
        <translation>
            <numerusform>%Ln cambio de otros desde el {time}</numerusform>
            <numerusform>%Ln cambios de otros desde el {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change by others in the last week</source>
        <translation>
            <numerusform>%Ln cambio de otros en la última semana</numerusform>
            <numerusform>%Ln cambios de otros en la última semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes by others in the last week</source>
        <translation>
            <numerusform>%Ln cambio de otros en la última semana</numerusform>
            <numerusform>%Ln cambios de otros en la última semana</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: {counts}.</source>
        <translation>Hoy: {counts}.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Solicitud de aprobación</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Caregiver</source>
        <translation>Cuidador/a</translation>
    </message>
    <message>
        <source>Case review</source>
        <translation>Revisión del caso</translation>
    </message>
    <message>
        <source>Cash assistance</source>
        <translation>Ayuda en efectivo</translation>
    </message>
    <message>
        <source>Child labour</source>
        <translation>Trabajo infantil</translation>
    </message>
    <message>
        <source>Child marriage (or at risk)</source>
        <translation>Matrimonio infantil (o riesgo)</translation>
    </message>
    <message>
        <source>Child seen</source>
        <translation>Niño/a visto/a</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motivo de cierre</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Consent of the family</source>
        <translation>Consentimiento de la familia</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentimiento registrado</translation>
    </message>
    <message>
        <source>Coping</source>
        <translation>Se las arregla</translation>
    </message>
    <message>
        <source>Court order</source>
        <translation>Orden judicial</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Discapacidad</translation>
    </message>
    <message>
        <source>Disability services</source>
        <translation>Servicios de discapacidad</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Emotional abuse</source>
        <translation>Maltrato emocional</translation>
    </message>
    <message>
        <source>Estimated age</source>
        <translation>Edad estimada</translation>
    </message>
    <message>
        <source>Exploitation</source>
        <translation>Explotación</translation>
    </message>
    <message>
        <source>Exposure to domestic violence</source>
        <translation>Exposición a violencia doméstica</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Family support</source>
        <translation>Apoyo familiar</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Mujer</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Primera visita</translation>
    </message>
    <message>
        <source>First visit to the child and family</source>
        <translation>Primera visita al niño/a y a la familia</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(sin resumen)</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no se indicó ninguno)</translation>
    </message>
    <message>
        <source>1 open task (cancelled if approved)</source>
        <translation>1 tarea abierta (se cancela si se aprueba)</translation>
    </message>
    <message>
        <source>1–2 days</source>
        <translation>1–2 días</translation>
    </message>
    <message>
        <source>3–5 days</source>
        <translation>3–5 días</translation>
    </message>
    <message>
        <source>6–10 days</source>
        <translation>6–10 días</translation>
    </message>
    <message>
        <source>A case cannot be closed directly: request closure, and the case closes when a supervisor approves the request.</source>
        <translation>Un caso no puede cerrarse directamente: solicite el cierre, y el caso se cierra cuando un/a supervisor/a aprueba la solicitud.</translation>
    </message>
    <message>
        <source>A case cannot be opened in the future.</source>
        <translation>No se puede abrir un caso en una fecha futura.</translation>
    </message>
    <message>
        <source>A case cannot go from {current} to {target}.</source>
        <translation>Un caso no puede pasar de «{current}» a «{target}».</translation>
    </message>
    <message>
        <source>A case is closed, not deleted.</source>
        <translation>Un caso se cierra, no se elimina.</translation>
    </message>
    <message>
        <source>A case keeps its case number.</source>
        <translation>Un caso conserva su número de caso.</translation>
    </message>
    <message>
        <source>A case waiting for closure approval cannot go back to open.</source>
        <translation>Un caso a la espera de la aprobación del cierre no puede volver a estar abierto.</translation>
    </message>
    <message>
        <source>A caseworker needs a team: their cases go to its supervisor.</source>
        <translation>Un/a trabajador/a social necesita un equipo: sus casos van a su supervisor/a.</translation>
    </message>
    <message>
        <source>A child is under 18; record adults as caregiver or other.</source>
        <translation>Un niño o una niña tiene menos de 18 años; registre a los adultos como cuidadores u otros.</translation>
    </message>
    <message>
        <source>A closed case cannot go back to open.</source>
        <translation>Un caso cerrado no puede volver a estar abierto.</translation>
    </message>
    <message>
        <source>A closed case cannot have its closure requested.</source>
        <translation>No se puede solicitar el cierre de un caso ya cerrado.</translation>
    </message>
    <message>
        <source>A conflict changes only by recording how it was resolved.</source>
        <translation>Un conflicto solo cambia registrando cómo se resolvió.</translation>
    </message>
    <message>
        <source>A conflict is resolved, not deleted.</source>
        <translation>Un conflicto se resuelve, no se elimina.</translation>
    </message>
    <message>
        <source>A decision approves the request or sends it back.</source>
        <translation>Una decisión aprueba la solicitud o la devuelve.</translation>
    </message>
    <message>
        <source>A decision is recorded under the name of whoever makes it.</source>
        <translation>Una decisión se registra a nombre de quien la toma.</translation>
    </message>
    <message>
        <source>A draft referral cannot be accepted.</source>
        <translation>Una derivación en borrador no puede ser aceptada.</translation>
    </message>
    <message>
        <source>A draft referral cannot be completed.</source>
        <translation>Una derivación en borrador no puede completarse.</translation>
    </message>
    <message>
        <source>A draft referral cannot be declined.</source>
        <translation>Una derivación en borrador no puede ser rechazada.</translation>
    </message>
    <message>
        <source>A family on a case stays on record; correct its details instead.</source>
        <translation>Una familia de un caso permanece registrada; corrija mejor sus datos.</translation>
    </message>
    <message>
        <source>A form definition is one JSON object ({ … }), not a list or a single value.</source>
        <translation>Una definición de formulario es un objeto JSON ({ … }), no una lista ni un valor suelto.</translation>
    </message>
    <message>
        <source>A new case starts open.</source>
        <translation>Un caso nuevo empieza abierto.</translation>
    </message>
    <message>
        <source>A new plan starts as a draft; submit it for approval.</source>
        <translation>Un plan nuevo empieza como borrador; envíelo para su aprobación.</translation>
    </message>
    <message>
        <source>A pending request changes only by a supervisor&apos;s decision.</source>
        <translation>Una solicitud pendiente solo cambia por la decisión de un/a supervisor/a.</translation>
    </message>
    <message>
        <source>A person is named by their id (as the case file&apos;s household shows it), 36 letters, digits and dashes.</source>
        <translation>Una persona se designa por su identificador (como lo muestra el hogar en el expediente): 36 letras, cifras y guiones.</translation>
    </message>
    <message>
        <source>A plan back in draft has no submission or approval.</source>
        <translation>Un plan que vuelve a borrador no tiene envío ni aprobación.</translation>
    </message>
    <message>
        <source>A plan is approved only after it is submitted.</source>
        <translation>Un plan solo se aprueba después de enviarse.</translation>
    </message>
    <message>
        <source>A plan is approved only by a supervisor&apos;s decision on its approval request.</source>
        <translation>Un plan solo se aprueba por la decisión de un/a supervisor/a sobre su solicitud de aprobación.</translation>
    </message>
    <message>
        <source>A plan is submitted under the name of whoever submits it.</source>
        <translation>Un plan se envía a nombre de quien lo envía.</translation>
    </message>
    <message>
        <source>A plan that was submitted stays on record; change it instead.</source>
        <translation>Un plan enviado permanece registrado; modifíquelo en su lugar.</translation>
    </message>
    <message>
        <source>A referral cannot go from {current} to {target}.</source>
        <translation>Una derivación no puede pasar de «{current}» a «{target}».</translation>
    </message>
    <message>
        <source>A referral that was sent stays on record; cancel it instead.</source>
        <translation>Una derivación enviada permanece registrada; cancélela en su lugar.</translation>
    </message>
    <message>
        <source>A request cannot be altered; make a new request instead.</source>
        <translation>Una solicitud no puede modificarse; haga mejor una nueva solicitud.</translation>
    </message>
    <message>
        <source>A request decided by the person who made it does not count; another supervisor must decide it.</source>
        <translation>Una solicitud decidida por la misma persona que la hizo no cuenta; debe decidirla otro/a supervisor/a.</translation>
    </message>
    <message>
        <source>A request is made under the name of whoever makes it.</source>
        <translation>Una solicitud se hace a nombre de quien la hace.</translation>
    </message>
    <message>
        <source>A request starts undecided; a supervisor decides it.</source>
        <translation>Una solicitud empieza sin decidir; la decide un/a supervisor/a.</translation>
    </message>
    <message>
        <source>A sent referral cannot be changed; cancel it and make a new one.</source>
        <translation>Una derivación enviada no puede modificarse; cancélela y haga una nueva.</translation>
    </message>
    <message>
        <source>A sent referral cannot be completed.</source>
        <translation>Una derivación enviada no puede completarse sin haber sido aceptada.</translation>
    </message>
    <message>
        <source>A sent referral cannot be corrected; cancel it and make a new one.</source>
        <translation>Una derivación enviada no puede corregirse; cancélela y haga una nueva.</translation>
    </message>
    <message>
        <source>A sent referral cannot be draft.</source>
        <translation>Una derivación enviada no puede volver a ser borrador.</translation>
    </message>
    <message>
        <source>A supervision session is recorded by a supervisor with someone else.</source>
        <translation>Una sesión de supervisión la registra un/a supervisor/a con otra persona.</translation>
    </message>
    <message>
        <source>A supervision session stays with the worker it was recorded with; record a new session instead.</source>
        <translation>Una sesión de supervisión sigue vinculada a la persona con quien se registró; registre mejor una nueva sesión.</translation>
    </message>
    <message>
        <source>A supervisor needs a team: their cases go to its supervisor.</source>
        <translation>Un/a supervisor/a necesita un equipo: sus casos van al/a la supervisor/a del equipo.</translation>
    </message>
    <message>
        <source>A task agreed in supervision is done or cancelled by its worker; what it says is changed by the supervisor who agreed it.</source>
        <translation>Una tarea acordada en supervisión la completa o cancela la persona a quien corresponde; su contenido lo cambia el/la supervisor/a que la acordó.</translation>
    </message>
    <message>
        <source>A task agreed in supervision starts open.</source>
        <translation>Una tarea acordada en supervisión empieza abierta.</translation>
    </message>
    <message>
        <source>A task agreed in supervision stays with the worker it was agreed with; agree a new one instead.</source>
        <translation>Una tarea acordada en supervisión sigue vinculada a la persona con quien se acordó; acuerden mejor una nueva.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 letters, digits or . _ @ -, and starts with a letter or a digit.</source>
        <translation>Un nombre de usuario tiene de 1 a 64 letras, dígitos o . _ @ -, y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <source>A {record} record cannot be corrected this way.</source>
        <translation>Un registro de tipo «{record}» no puede corregirse de esta manera.</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>All counts under 5: not shown.</source>
        <translation>Todos los recuentos son menores de 5: no se muestran.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be declined.</source>
        <translation>Una derivación aceptada no puede ser rechazada.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be draft.</source>
        <translation>Una derivación aceptada no puede volver a ser borrador.</translation>
    </message>
    <message>
        <source>An accepted referral cannot be sent.</source>
        <translation>Una derivación aceptada no puede enviarse de nuevo.</translation>
    </message>
    <message>
        <source>An action can be tied only to one of the cases discussed.</source>
        <translation>Una acción solo puede vincularse a uno de los casos tratados.</translation>
    </message>
    <message>
        <source>An active case cannot go back to open.</source>
        <translation>Un caso activo no puede volver a estar abierto.</translation>
    </message>
    <message>
        <source>An administrator records no casework: an action in a case is agreed by the worker&apos;s supervisor.</source>
        <translation>Un/a administrador/a no registra trabajo de casos: una acción en un caso la acuerda el/la supervisor/a de la persona.</translation>
    </message>
    <message>
        <source>An agreed action is due on or after the day of the session.</source>
        <translation>Una acción acordada vence el día de la sesión o después.</translation>
    </message>
    <message>
        <source>An approved plan is submitted again only after it is changed.</source>
        <translation>Un plan aprobado solo se vuelve a enviar después de modificarse.</translation>
    </message>
    <message>
        <source>An assessment is corrected through its form (correct_assessment), which scores it again.</source>
        <translation>Una evaluación se corrige mediante su formulario (correct_assessment), que la puntúa de nuevo.</translation>
    </message>
    <message>
        <source>An erasure is approved by another administrator than the one who asked for it: ask a colleague who is an administrator to approve it.</source>
        <translation>Un borrado lo aprueba un administrador distinto del que lo solicitó: pida a un colega administrador que lo apruebe.</translation>
    </message>
    <message>
        <source>An export with names of more than one case needs a supervisor or an administrator: de-identify it, or export one case.</source>
        <translation>Una exportación con los nombres de más de un caso requiere un/a supervisor/a o un/a administrador/a: desidentifíquela o exporte un solo caso.</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Aprobación</translation>
    </message>
    <message>
        <source>Approval requests and decisions stay on record.</source>
        <translation>Las solicitudes de aprobación y las decisiones permanecen registradas.</translation>
    </message>
    <message>
        <source>Approved by {who}</source>
        <translation>Aprobado por {who}</translation>
    </message>
    <message>
        <source>Approved by {who} on {when}</source>
        <translation>Aprobado por {who} el {when}</translation>
    </message>
    <message>
        <source>Approving a plan changes nothing else in it.</source>
        <translation>Aprobar un plan no cambia nada más en él.</translation>
    </message>
    <message>
        <source>Case plan approval turnaround</source>
        <translation>Plazo de aprobación de los planes de caso</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), last approved {date}</source>
        <translation>Plan de caso de {case_number} ({family}), aprobado por última vez el {date}</translation>
    </message>
    <message>
        <source>Case plan of {case_number} ({family}), never approved before</source>
        <translation>Plan de caso de {case_number} ({family}), nunca aprobado antes</translation>
    </message>
    <message>
        <source>Case summary: {number}</source>
        <translation>Resumen del caso: {number}</translation>
    </message>
    <message>
        <source>Case summary: {number} · {family} family</source>
        <translation>Resumen del caso: {number} · familia {family}</translation>
    </message>
    <message>
        <source>Case: give the case&apos;s id, 36 letters, digits and dashes (the Sync health tab shows it; Audit of the case fills it in).</source>
        <translation>Caso: indique el identificador del caso, 36 letras, dígitos y guiones (la pestaña Estado de la sincronización lo muestra; Auditoría del caso lo rellena).</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Carga de casos por trabajador/a</translation>
    </message>
    <message>
        <source>Cases by risk and status</source>
        <translation>Casos por riesgo y estado</translation>
    </message>
    <message>
        <source>Cases not closed assigned to each worker today (the period does not apply), and how many of them are high or critical risk, against the ceiling of {ceiling} cases per worker.</source>
        <translation>Casos no cerrados asignados hoy a cada trabajador/a (el período no se aplica), y cuántos son de riesgo alto o crítico, frente al límite de {ceiling} casos por trabajador/a.</translation>
    </message>
    <message>
        <source>Cases open at any time in the period (opened by its last day, not closed before its first), by their risk level and status today.</source>
        <translation>Casos abiertos en algún momento del período (abiertos a más tardar su último día, no cerrados antes del primero), por nivel de riesgo y estado actual.</translation>
    </message>
    <message>
        <source>Cases opened in the period, by risk level today: the target and the median days from opening to the first visit recorded; how many were visited within the target (In time) or after it (Late), and of those not visited yet, how many are past the target (Overdue) or still within it (Not due). A case not assessed has the target of high risk.</source>
        <translation>Casos abiertos en el período, por nivel de riesgo actual: el objetivo y la mediana de días desde la apertura hasta la primera visita registrada; cuántos se visitaron dentro del objetivo (A tiempo) o después (Tarde) y, de los aún no visitados, cuántos superan el objetivo (Vencido) o siguen dentro de él (No vence aún). Un caso no evaluado tiene el objetivo del riesgo alto.</translation>
    </message>
    <message>
        <source>Changing a submitted or approved plan puts it back to draft.</source>
        <translation>Cambiar un plan enviado o aprobado lo devuelve a borrador.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Elija un rol.</translation>
    </message>
    <message>
        <source>Choose an HSDS JSON file (.json), an HSDS CSV data package (its folder, or a .zip of it) or a CSV file of providers (.csv).</source>
        <translation>Elija un archivo HSDS JSON (.json), un paquete de datos HSDS CSV (su carpeta, o un .zip de ella) o un archivo CSV de proveedores (.csv).</translation>
    </message>
    <message>
        <source>Choose at least one case to reassign.</source>
        <translation>Elija al menos un caso para reasignar.</translation>
    </message>
    <message>
        <source>Choose the worker this session was with.</source>
        <translation>Elija a la persona con quien fue esta sesión.</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Cerrado el {date}</translation>
    </message>
    <message>
        <source>Closed on {date}: {reason}</source>
        <translation>Cerrado el {date}: {reason}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}</source>
        <translation>Lista de verificación de cierre del {date}: puntuación {score}</translation>
    </message>
    <message>
        <source>Closure checklist of {date}: score {score}, risk remaining {risk}</source>
        <translation>Lista de verificación de cierre del {date}: puntuación {score}, riesgo restante {risk}</translation>
    </message>
    <message>
        <source>Closure has already been requested for this case.</source>
        <translation>Ya se ha solicitado el cierre de este caso.</translation>
    </message>
    <message>
        <source>Closure of {case_number} ({family})</source>
        <translation>Cierre del caso {case_number} ({family})</translation>
    </message>
    <message>
        <source>Conflicts are recorded by sync, not by hand.</source>
        <translation>Los conflictos los registra la sincronización, no se registran a mano.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far.</source>
        <translation>Días desde la solicitud de aprobación de un plan de caso hasta la decisión del supervisor/a (días naturales), para los planes decididos en el período: aprobados o devueltos; y los planes aún en espera hoy, según los días que llevan esperando.</translation>
    </message>
    <message>
        <source>Days from a case plan&apos;s request for approval to the supervisor&apos;s decision (calendar days), for the plans decided in the period: approved or sent back; and the plans still waiting today, by the days they have waited so far. Median of those decided: {median} days.</source>
        <translation>Días desde la solicitud de aprobación de un plan de caso hasta la decisión del supervisor/a (días naturales), para los planes decididos en el período: aprobados o devueltos; y los planes aún en espera hoy, según los días que llevan esperando. Mediana de los decididos: {median} días.</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Decidido el</translation>
    </message>
    <message>
        <source>Does not match the expected format.</source>
        <translation>No corresponde al formato esperado.</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hechas tarde</translation>
    </message>
    <message>
        <source>Each agreed action has a task of its own.</source>
        <translation>Cada acción acordada tiene su propia tarea.</translation>
    </message>
    <message>
        <source>Each case is discussed once; give one decision for it.</source>
        <translation>Cada caso se trata una sola vez; indique una única decisión para él.</translation>
    </message>
    <message>
        <source>Each option can be chosen only once.</source>
        <translation>Cada opción solo puede elegirse una vez.</translation>
    </message>
    <message>
        <source>Family and household</source>
        <translation>Familia y hogar</translation>
    </message>
    <message>
        <source>From is after To: no day is in between.</source>
        <translation>«Desde» es posterior a «Hasta»: no hay ningún día entre ambos.</translation>
    </message>
    <message>
        <source>Give an age between 0 and 120.</source>
        <translation>Indique una edad entre 0 y 120 años.</translation>
    </message>
    <message>
        <source>Give the decision taken for case {case_number}.</source>
        <translation>Indique la decisión tomada para el caso {case_number}.</translation>
    </message>
    <message>
        <source>Give the decision taken for each case discussed.</source>
        <translation>Indique la decisión tomada para cada caso tratado.</translation>
    </message>
    <message>
        <source>Give the user a name to sign in with.</source>
        <translation>Dé al usuario un nombre para iniciar sesión.</translation>
    </message>
    <message>
        <source>Goal: {goal}</source>
        <translation>Objetivo: {goal}</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status})</source>
        <translation>Objetivo: {goal} ({status})</translation>
    </message>
    <message>
        <source>Goal: {goal} ({status}, by {due})</source>
        <translation>Objetivo: {goal} ({status}, para el {due})</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Atención sanitaria</translation>
    </message>
    <message>
        <source>Heavy</source>
        <translation>Pesada</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>High or critical</source>
        <translation>Alto o crítico</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>In time</source>
        <translation>A tiempo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Legal aid</source>
        <translation>Asistencia jurídica</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligera</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Hombre</translation>
    </message>
    <message>
        <source>Manageable</source>
        <translation>Manejable</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Salud mental</translation>
    </message>
    <message>
        <source>Must be a date (YYYY-MM-DD).</source>
        <translation>Debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Must be a list of the listed options.</source>
        <translation>Debe ser una lista de las opciones indicadas.</translation>
    </message>
    <message>
        <source>Must be a number.</source>
        <translation>Debe ser un número.</translation>
    </message>
    <message>
        <source>Must be a single line.</source>
        <translation>Debe ser una sola línea.</translation>
    </message>
    <message>
        <source>Must be a whole number from {min} to {max}.</source>
        <translation>Debe ser un número entero de {min} a {max}.</translation>
    </message>
    <message>
        <source>Must be a whole number.</source>
        <translation>Debe ser un número entero.</translation>
    </message>
    <message>
        <source>Must be at least {min}.</source>
        <translation>Debe ser mayor o igual que {min}.</translation>
    </message>
    <message>
        <source>Must be at least {n} characters long.</source>
        <translation>Debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>Must be at most {max}.</source>
        <translation>Debe ser menor o igual que {max}.</translation>
    </message>
    <message>
        <source>Must be at most {n} characters long.</source>
        <translation>Debe tener como máximo {n} caracteres.</translation>
    </message>
    <message>
        <source>Must be one of the listed options.</source>
        <translation>Debe ser una de las opciones indicadas.</translation>
    </message>
    <message>
        <source>Must be text.</source>
        <translation>Debe ser texto.</translation>
    </message>
    <message>
        <source>Must be yes or no.</source>
        <translation>Debe ser sí o no.</translation>
    </message>
    <message>
        <source>Must not contain control characters.</source>
        <translation>No debe contener caracteres de control.</translation>
    </message>
    <message>
        <source>Names, addresses and phone numbers of the family are withheld in this copy; each person is shown by their role and a number.</source>
        <translation>Los nombres, direcciones y teléfonos de la familia se ocultan en esta copia; cada persona aparece por su función y un número.</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Negligencia</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>No assessment yet.</source>
        <translation>Ninguna evaluación todavía.</translation>
    </message>
    <message>
        <source>No case is open.</source>
        <translation>Ningún caso está abierto.</translation>
    </message>
    <message>
        <source>No case plan was decided in this period, and none is waiting.</source>
        <translation>No se decidió ningún plan de caso en este período y ninguno está en espera.</translation>
    </message>
    <message>
        <source>No case plan yet.</source>
        <translation>Todavía no hay plan de caso.</translation>
    </message>
    <message>
        <source>No case was open in this period.</source>
        <translation>Ningún caso estuvo abierto en este período.</translation>
    </message>
    <message>
        <source>No case was opened in this period.</source>
        <translation>No se abrió ningún caso en este período.</translation>
    </message>
    <message>
        <source>No closure checklist was completed for this case.</source>
        <translation>No se completó ninguna lista de verificación de cierre para este caso.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Todavía no hay objetivos.</translation>
    </message>
    <message>
        <source>No one recorded.</source>
        <translation>No hay nadie registrado.</translation>
    </message>
    <message>
        <source>No open task.</source>
        <translation>Ninguna tarea abierta.</translation>
    </message>
    <message>
        <source>No referral was sent in this period.</source>
        <translation>No se envió ninguna derivación en este período.</translation>
    </message>
    <message>
        <source>No referral yet.</source>
        <translation>Ninguna derivación todavía.</translation>
    </message>
    <message>
        <source>No such assessment form on this device.</source>
        <translation>Ese formulario de evaluación no está en este dispositivo.</translation>
    </message>
    <message>
        <source>No task is overdue, and none was done late in this period.</source>
        <translation>Ninguna tarea está atrasada y ninguna se hizo tarde en este período.</translation>
    </message>
    <message>
        <source>No visit yet.</source>
        <translation>Ninguna visita todavía.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <source>Not approved: a draft not yet submitted</source>
        <translation>No aprobado: un borrador aún no enviado</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>No vence aún</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Offline: the admin console needs the server. {why} Connect to the network, then press Refresh (F5).</source>
        <translation>Sin conexión: la consola de administración necesita el servidor. {why} Conéctese a la red y pulse Actualizar (F5).</translation>
    </message>
    <message>
        <source>Only a closed case can be reopened.</source>
        <translation>Solo se puede reabrir un caso cerrado.</translation>
    </message>
    <message>
        <source>Only a closed case has a closing date.</source>
        <translation>Solo un caso cerrado tiene fecha de cierre.</translation>
    </message>
    <message>
        <source>Only a supervisor of this case&apos;s team (or an administrator) sees who opened it.</source>
        <translation>Solo un supervisor del equipo de este caso (o un administrador) ve quién lo abrió.</translation>
    </message>
    <message>
        <source>Only an open task can be corrected.</source>
        <translation>Solo se puede corregir una tarea abierta.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this supervision session.</source>
        <translation>Solo su autor/a, {author}, puede cambiar esta sesión de supervisión.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can change this task.</source>
        <translation>Solo su autor/a, {author}, puede cambiar esta tarea.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this assessment.</source>
        <translation>Solo su autor/a, {author}, puede corregir esta evaluación.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this record.</source>
        <translation>Solo su autor/a, {author}, puede corregir este registro.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this referral.</source>
        <translation>Solo su autor/a, {author}, puede corregir esta derivación.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this task.</source>
        <translation>Solo su autor/a, {author}, puede corregir esta tarea.</translation>
    </message>
    <message>
        <source>Only its author, {author}, can correct this visit.</source>
        <translation>Solo su autor/a, {author}, puede corregir esta visita.</translation>
    </message>
    <message>
        <source>Only the supervisor who decided the request can carry it out.</source>
        <translation>Solo el/la supervisor/a que decidió la solicitud puede ejecutarla.</translation>
    </message>
    <message>
        <source>Only {worker}&apos;s open cases can be discussed here.</source>
        <translation>Aquí solo se pueden tratar los casos abiertos de {worker}.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Other household member</source>
        <translation>Otro miembro del hogar</translation>
    </message>
    <message>
        <source>Over 10 days</source>
        <translation>Más de 10 días</translation>
    </message>
    <message>
        <source>Over the ceiling by</source>
        <translation>Por encima del límite</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Atrasada 1 día</translation>
    </message>
    <message>
        <source>Overdue by {days} days</source>
        <translation>Atrasada {days} días</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Atrasadas ahora</translation>
    </message>
    <message>
        <source>Overdue now: open tasks whose due date has passed, however long ago (the period does not hide old ones). Done late: tasks ticked off in the period after their due date. A task counts for the worker it is assigned to, else the case&apos;s worker; tasks in no case (agreed in supervision) are not counted.</source>
        <translation>Atrasadas ahora: tareas abiertas cuya fecha de vencimiento ha pasado, sin importar cuándo (el período no oculta las antiguas). Hechas tarde: tareas marcadas en el período después de su vencimiento. Una tarea cuenta para el trabajador/a al que está asignada, si no para el del caso; las tareas sin caso (acordadas en supervisión) no se cuentan.</translation>
    </message>
    <message>
        <source>Overdue work per worker</source>
        <translation>Trabajo atrasado por trabajador/a</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Physical abuse</source>
        <translation>Maltrato físico</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Objetivo del plan</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritaria</translation>
    </message>
    <message>
        <source>Reason for the risk level</source>
        <translation>Motivo del nivel de riesgo</translation>
    </message>
    <message>
        <source>Reason to refer without consent</source>
        <translation>Motivo para derivar sin consentimiento</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>Record the date the case was closed.</source>
        <translation>Registre la fecha en que se cerró el caso.</translation>
    </message>
    <message>
        <source>Record the date the referral was sent.</source>
        <translation>Registre la fecha en que se envió la derivación.</translation>
    </message>
    <message>
        <source>Record the family&apos;s consent, or the reason to refer without it, before sending</source>
        <translation>Registre el consentimiento de la familia, o el motivo para derivar sin él, antes de enviar</translation>
    </message>
    <message>
        <source>Record when the decision was made.</source>
        <translation>Registre cuándo se tomó la decisión.</translation>
    </message>
    <message>
        <source>Record who was present or what you observed.</source>
        <translation>Registre quién estaba presente o lo que observó.</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Derivación</translation>
    </message>
    <message>
        <source>Referral outcomes by service</source>
        <translation>Resultados de las derivaciones por servicio</translation>
    </message>
    <message>
        <source>Referrals sent in the period, by service type and where each stands today: the service completed, accepted by the provider (under way), declined, cancelled, or no answer yet. Drafts not sent are not counted.</source>
        <translation>Derivaciones enviadas en el período, por tipo de servicio y según su situación actual: servicio completado, aceptada por el proveedor (en curso), rechazada, cancelada o sin respuesta aún. Los borradores no enviados no se cuentan.</translation>
    </message>
    <message>
        <source>Request closure with a closure request, so that a supervisor sees it and decides.</source>
        <translation>Solicite el cierre mediante una solicitud de cierre, para que un/a supervisor/a la vea y decida.</translation>
    </message>
    <message>
        <source>Risk history</source>
        <translation>Historial del riesgo</translation>
    </message>
    <message>
        <source>Say what was agreed for each action.</source>
        <translation>Indique lo acordado para cada acción.</translation>
    </message>
    <message>
        <source>Say why the risk level changes.</source>
        <translation>Indique por qué cambia el nivel de riesgo.</translation>
    </message>
    <message>
        <source>Select at least {n}.</source>
        <translation>Seleccione al menos {n}.</translation>
    </message>
    <message>
        <source>Select at most {n}.</source>
        <translation>Seleccione como máximo {n}.</translation>
    </message>
    <message>
        <source>Submit the plan with an approval request, so that a supervisor sees it and decides.</source>
        <translation>Envíe el plan mediante una solicitud de aprobación, para que un/a supervisor/a la vea y decida.</translation>
    </message>
    <message>
        <source>Summary: {summary}</source>
        <translation>Resumen: {summary}</translation>
    </message>
    <message>
        <source>Supervision of {worker} {date}</source>
        <translation>Supervisión de {worker} {date}</translation>
    </message>
    <message>
        <source>That is not an approval request.</source>
        <translation>Eso no es una solicitud de aprobación.</translation>
    </message>
    <message>
        <source>That is not an assessment.</source>
        <translation>Eso no es una evaluación.</translation>
    </message>
    <message>
        <source>That visit is not on this device.</source>
        <translation>Esa visita no está en este dispositivo.</translation>
    </message>
    <message>
        <source>The answers must be a JSON object.</source>
        <translation>Las respuestas deben ser un objeto JSON.</translation>
    </message>
    <message>
        <source>The case changed since closure was requested, so this request no longer matches it; closure must be requested again.</source>
        <translation>El caso cambió desde que se solicitó el cierre, así que esta solicitud ya no le corresponde; hay que solicitar el cierre de nuevo.</translation>
    </message>
    <message>
        <source>The case is already at this risk level; choose another level.</source>
        <translation>El caso ya tiene este nivel de riesgo; elija otro nivel.</translation>
    </message>
    <message>
        <source>The closing date is set only when a case is closed.</source>
        <translation>La fecha de cierre solo se fija cuando se cierra el caso.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La fecha no puede estar en el futuro.</translation>
    </message>
    <message>
        <source>The file could not be read ({why}).</source>
        <translation>No se pudo leer el archivo ({why}).</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; a form definition is JSON.</source>
        <translation>El archivo no es texto UTF-8; una definición de formulario es JSON.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {problem} (line {line}, column {column}).</source>
        <translation>El archivo no es JSON válido: {problem} (línea {line}, columna {column}).</translation>
    </message>
    <message>
        <source>The folder {folder} holds no CSV files: choose the folder of an HSDS CSV data package (services.csv, organizations.csv, …).</source>
        <translation>La carpeta {folder} no contiene archivos CSV: elija la carpeta de un paquete de datos HSDS CSV (services.csv, organizations.csv, …).</translation>
    </message>
    <message>
        <source>The plan changed since it was submitted, so this request no longer matches it; the plan must be submitted again.</source>
        <translation>El plan cambió desde que se envió, así que esta solicitud ya no le corresponde; hay que enviar el plan de nuevo.</translation>
    </message>
    <message>
        <source>The server had a problem and changed nothing; try again in a few minutes. If it goes on, tell your IT support.</source>
        <translation>El servidor tuvo un problema y no cambió nada; vuelva a intentarlo en unos minutos. Si continúa, avise a su soporte informático.</translation>
    </message>
    <message>
        <source>The server is busy: {detail}</source>
        <translation>El servidor está ocupado: {detail}</translation>
    </message>
    <message>
        <source>The server refused this.</source>
        <translation>El servidor lo rechazó.</translation>
    </message>
    <message>
        <source>The server refused: only an administrator may do this, and this account is not one on the server now.</source>
        <translation>El servidor lo rechazó: solo un/a administrador/a puede hacerlo, y esta cuenta ya no lo es en el servidor.</translation>
    </message>
    <message>
        <source>The server revoked this device: its workspace is wiped at the next sync.</source>
        <translation>El servidor revocó este dispositivo: su espacio de trabajo se borrará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be used; nothing was changed.</source>
        <translation>No se pudo usar la respuesta del servidor; no se cambió nada.</translation>
    </message>
    <message>
        <source>This case is closed. A supervisor must reopen it before anything in it can be added or changed.</source>
        <translation>Este caso está cerrado. Un/a supervisor/a debe reabrirlo antes de poder añadir o cambiar nada en él.</translation>
    </message>
    <message>
        <source>This case is not assigned to you or to one of your teams.</source>
        <translation>Este caso no está asignado ni a usted ni a ninguno de sus equipos.</translation>
    </message>
    <message>
        <source>This case is not assigned to you.</source>
        <translation>Este caso no está asignado a usted.</translation>
    </message>
    <message>
        <source>This case is not in your scope: you can export only the cases you can open.</source>
        <translation>Este caso no está a su alcance: solo puede exportar los casos que puede abrir.</translation>
    </message>
    <message>
        <source>This closure request has not been decided yet.</source>
        <translation>Esta solicitud de cierre aún no se ha decidido.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Este conflicto ya está resuelto.</translation>
    </message>
    <message>
        <source>This date does not exist.</source>
        <translation>Esta fecha no existe.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Este campo es obligatorio.</translation>
    </message>
    <message>
        <source>This is not a question of this form.</source>
        <translation>Esta pregunta no forma parte de este formulario.</translation>
    </message>
    <message>
        <source>This plan has not been decided yet.</source>
        <translation>Aún no se ha decidido sobre este plan.</translation>
    </message>
    <message>
        <source>This plan is already approved; change it to submit a new version.</source>
        <translation>Este plan ya está aprobado; modifíquelo para enviar una nueva versión.</translation>
    </message>
    <message>
        <source>This plan is already waiting for a supervisor&apos;s decision.</source>
        <translation>Este plan ya está a la espera de la decisión de un/a supervisor/a.</translation>
    </message>
    <message>
        <source>This record does not belong to a case.</source>
        <translation>Este registro no pertenece a ningún caso.</translation>
    </message>
    <message>
        <source>This referral is cancelled; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Esta derivación fue cancelada y es definitivo. Haga una nueva derivación si el niño o la niña aún necesita el servicio.</translation>
    </message>
    <message>
        <source>This referral is completed; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Esta derivación está completada y es definitivo. Haga una nueva derivación si el niño o la niña aún necesita el servicio.</translation>
    </message>
    <message>
        <source>This referral is declined; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Esta derivación fue rechazada y es definitivo. Haga una nueva derivación si el niño o la niña aún necesita el servicio.</translation>
    </message>
    <message>
        <source>This referral is {status}; that is final. Make a new referral if the child still needs the service.</source>
        <translation>Esta derivación está «{status}» y es definitivo. Haga una nueva derivación si el niño o la niña aún necesita el servicio.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Esta solicitud ya se ha decidido.</translation>
    </message>
    <message>
        <source>This supervision session is not on this device.</source>
        <translation>Esta sesión de supervisión no está en este dispositivo.</translation>
    </message>
    <message>
        <source>This visit noted no follow-up to make a task of.</source>
        <translation>Esta visita no anotó ningún seguimiento del que hacer una tarea.</translation>
    </message>
    <message>
        <source>This worker is not in one of your teams.</source>
        <translation>Esta persona no pertenece a ninguno de sus equipos.</translation>
    </message>
    <message>
        <source>Version {version} of {form} is published already, exactly as in this file.</source>
        <translation>La versión {version} de {form} ya está publicada, exactamente como en este archivo.</translation>
    </message>
    <message>
        <source>When the case was opened</source>
        <translation>Al abrir el caso</translation>
    </message>
    <message>
        <source>Who submitted or approved a plan is recorded only by submitting or approving it.</source>
        <translation>Quién envió o aprobó un plan solo se registra al enviarlo o aprobarlo.</translation>
    </message>
    <message>
        <source>Withdraw the closure request to change the reason for closing.</source>
        <translation>Retire la solicitud de cierre para cambiar el motivo del cierre.</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Trabajador/a</translation>
    </message>
    <message>
        <source>You can reassign cases only within your teams.</source>
        <translation>Solo puede reasignar casos dentro de sus equipos.</translation>
    </message>
    <message>
        <source>You cannot approve a plan you submitted; another supervisor must.</source>
        <translation>No puede aprobar un plan que usted envió; debe hacerlo otro/a supervisor/a.</translation>
    </message>
    <message>
        <source>You cannot decide on your own request; another supervisor must.</source>
        <translation>No puede decidir sobre su propia solicitud; debe hacerlo otro/a supervisor/a.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow you to {what}.</source>
        <translation>Su rol ({role}) no le permite {what}.</translation>
    </message>
    <message>
        <source>Your session with the server has ended: log in again (Sync now asks for your password), then try again.</source>
        <translation>Su sesión con el servidor ha terminado: vuelva a iniciar sesión (Sincronizar le pide la contraseña) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>about {age}</source>
        <translation>unos {age}</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrador/a</translation>
    </message>
    <message>
        <source>approve or send back case plans</source>
        <translation>aprobar o devolver planes de caso</translation>
    </message>
    <message>
        <source>approve or send back closure requests</source>
        <translation>aprobar o devolver solicitudes de cierre</translation>
    </message>
    <message>
        <source>cannot be changed by a correction</source>
        <translation>no puede cambiarse mediante una corrección</translation>
    </message>
    <message>
        <source>cannot read {text} as {kind}</source>
        <translation>no se puede leer {text} como {kind}</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>trabajador/a social</translation>
    </message>
    <message>
        <source>change case details</source>
        <translation>cambiar los datos de los casos</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>crítico</translation>
    </message>
    <message>
        <source>entry {n}: {field} is required</source>
        <translation>entrada {n}: {field} es obligatorio</translation>
    </message>
    <message>
        <source>entry {n}: {field} {problem}</source>
        <translation>entrada {n}: {field} {problem}</translation>
    </message>
    <message>
        <source>entry {n}: {name} is not part of an entry</source>
        <translation>entrada {n}: {name} no forma parte de una entrada</translation>
    </message>
    <message>
        <source>every case on this device</source>
        <translation>todos los casos de este dispositivo</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>exportar datos</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>import the service directory</source>
        <translation>importar el directorio de servicios</translation>
    </message>
    <message>
        <source>is not a due-date setting</source>
        <translation>no es un ajuste de plazos</translation>
    </message>
    <message>
        <source>is not a field of a {record} record</source>
        <translation>no es un campo de un registro de tipo {record}</translation>
    </message>
    <message>
        <source>is not a real date</source>
        <translation>no es una fecha válida</translation>
    </message>
    <message>
        <source>is not a risk level</source>
        <translation>no es un nivel de riesgo</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>its team</source>
        <translation>su equipo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>manage devices</source>
        <translation>gestionar dispositivos</translation>
    </message>
    <message>
        <source>manage users and teams</source>
        <translation>gestionar usuarios y equipos</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD)</source>
        <translation>debe ser una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>must be a date and time (ISO 8601)</source>
        <translation>debe ser una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>must be a list of at most {n} entries</source>
        <translation>debe ser una lista de como máximo {n} entradas</translation>
    </message>
    <message>
        <source>must be a list of at most {n} record ids</source>
        <translation>debe ser una lista de como máximo {n} identificadores de registro</translation>
    </message>
    <message>
        <source>must be a list of: {choices}</source>
        <translation>debe ser una lista de: {choices}</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>debe ser un número</translation>
    </message>
    <message>
        <source>must be a record id</source>
        <translation>debe ser un identificador de registro</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>debe ser una sola línea</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a whole number of days from {lowest} to {highest}</source>
        <translation>debe ser un número entero de días de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>must be at most {limit} characters</source>
        <translation>debe tener como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>must be one of: {choices}</source>
        <translation>debe ser uno de estos valores: {choices}</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>debe ser sí o no</translation>
    </message>
    <message>
        <source>must map risk levels to days</source>
        <translation>debe asociar días a cada nivel de riesgo</translation>
    </message>
    <message>
        <source>must not allow more days than {risk} risk</source>
        <translation>no debe permitir más días que el riesgo {risk}</translation>
    </message>
    <message>
        <source>must not contain control characters</source>
        <translation>no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>must not name a record twice</source>
        <translation>no debe nombrar dos veces el mismo registro</translation>
    </message>
    <message>
        <source>must not repeat a choice</source>
        <translation>no debe repetir una opción</translation>
    </message>
    <message>
        <source>names someone who is not a child of this case.</source>
        <translation>nombra a alguien que no es un niño o una niña de este caso.</translation>
    </message>
    <message>
        <source>open case files</source>
        <translation>abrir expedientes de casos</translation>
    </message>
    <message>
        <source>publish assessment forms</source>
        <translation>publicar formularios de evaluación</translation>
    </message>
    <message>
        <source>reassign cases</source>
        <translation>reasignar casos</translation>
    </message>
    <message>
        <source>record supervision sessions</source>
        <translation>registrar sesiones de supervisión</translation>
    </message>
    <message>
        <source>record visits</source>
        <translation>registrar visitas</translation>
    </message>
    <message>
        <source>refer children to services</source>
        <translation>derivar a niños y niñas a servicios</translation>
    </message>
    <message>
        <source>register families</source>
        <translation>registrar familias</translation>
    </message>
    <message>
        <source>reopen closed cases</source>
        <translation>reabrir casos cerrados</translation>
    </message>
    <message>
        <source>request case closure</source>
        <translation>solicitar el cierre de casos</translation>
    </message>
    <message>
        <source>resolve sync conflicts</source>
        <translation>resolver conflictos de sincronización</translation>
    </message>
    <message>
        <source>run assessments</source>
        <translation>realizar evaluaciones</translation>
    </message>
    <message>
        <source>see team caseloads</source>
        <translation>ver la carga de casos de los equipos</translation>
    </message>
    <message>
        <source>see who opened a case</source>
        <translation>ver quién abrió un caso</translation>
    </message>
    <message>
        <source>submit case plans for approval</source>
        <translation>enviar planes de caso para su aprobación</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor/a</translation>
    </message>
    <message>
        <source>team {team}</source>
        <translation>el equipo {team}</translation>
    </message>
    <message>
        <source>the cases of your team ({names}) and your own</source>
        <translation>los casos de su equipo ({names}) y los suyos</translation>
    </message>
    <message>
        <source>the cases of your teams ({names}) and your own</source>
        <translation>los casos de sus equipos ({names}) y los suyos</translation>
    </message>
    <message>
        <source>the last {days} days ({since} to {until})</source>
        <translation>los últimos {days} días (del {since} al {until})</translation>
    </message>
    <message>
        <source>under 1</source>
        <translation>menos de 1</translation>
    </message>
    <message>
        <source>view sync health</source>
        <translation>ver el estado de la sincronización</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>ver el registro de auditoría</translation>
    </message>
    <message>
        <source>who made it</source>
        <translation>quien lo creó</translation>
    </message>
    <message>
        <source>who recorded it</source>
        <translation>quien lo registró</translation>
    </message>
    <message>
        <source>write case plans</source>
        <translation>redactar planes de caso</translation>
    </message>
    <message>
        <source>your own cases</source>
        <translation>sus propios casos</translation>
    </message>
    <message>
        <source>{date} · {kind} visit · {by}</source>
        <translation>{date} · visita: {kind} · {by}</translation>
    </message>
    <message>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source>{file} could not be read ({why}).</source>
        <translation>No se pudo leer {file} ({why}).</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{form} is published up to version {latest}, and a published version never changes: give this file version {next}.</source>
        <translation>{form} está publicado hasta la versión {latest}, y una versión publicada nunca cambia: dé a este archivo la versión {next}.</translation>
    </message>
    <message>
        <source>{kind} approval</source>
        <translation>Aprobación: {kind}</translation>
    </message>
    <message>
        <source>{kind} visit {date}</source>
        <translation>Visita: {kind} {date}</translation>
    </message>
    <message>
        <source>{n} open tasks (cancelled if approved)</source>
        <translation>{n} tareas abiertas (se cancelan si se aprueba)</translation>
    </message>
    <message>
        <source>{server} cannot be reached from this computer now.</source>
        <translation>No se puede acceder a {server} desde este ordenador en este momento.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (as of the last sync), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} no es trabajador/a social ni supervisor/a activo/a de {team} (según la última sincronización), así que el caso {case_number} no puede asignársele. No se reasignó nada.</translation>
    </message>
    <message>
        <source>{worker} is not an active caseworker or supervisor of {team} (this workspace has no server, so only people who already hold its cases count), so case {case_number} cannot go to them. Nothing was reassigned.</source>
        <translation>{worker} no es trabajador/a social ni supervisor/a activo/a de {team} (este espacio de trabajo no tiene servidor, así que solo cuentan quienes ya tienen sus casos), así que el caso {case_number} no puede asignársele. No se reasignó nada.</translation>
    </message>
    <message>
        <source>{worker} is not in one of your teams.</source>
        <translation>{worker} no pertenece a ninguno de sus equipos.</translation>
    </message>
    <message>
        <source>“{label}” cannot be combined with other options.</source>
        <translation>«{label}» no puede combinarse con otras opciones.</translation>
    </message>
    <message>
        <source>Relationship to child</source>
        <translation>Relación con el niño/a</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Same day</source>
        <translation>El mismo día</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Proveedor de servicios</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>Sexual abuse</source>
        <translation>Abuso sexual</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Alojamiento</translation>
    </message>
    <message>
        <source>Statutory duty</source>
        <translation>Obligación legal</translation>
    </message>
    <message>
        <source>Still waiting</source>
        <translation>Aún en espera</translation>
    </message>
    <message>
        <source>Struggling: needs support</source>
        <translation>Con dificultades: necesita apoyo</translation>
    </message>
    <message>
        <source>Submitted by {who} on {when}; waiting for a supervisor&apos;s decision</source>
        <translation>Enviado por {who} el {when}; en espera de la decisión de un supervisor/a</translation>
    </message>
    <message>
        <source>Submitted for approval</source>
        <translation>Enviado para aprobación</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Consumo de sustancias</translation>
    </message>
    <message>
        <source>Supervision session</source>
        <translation>Sesión de supervisión</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The family</source>
        <translation>La familia</translation>
    </message>
    <message>
        <source>Time to the first visit</source>
        <translation>Tiempo hasta la primera visita</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Too heavy to manage</source>
        <translation>Demasiado pesada para gestionarla</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata</translation>
    </message>
    <message>
        <source>Unaccompanied or separated</source>
        <translation>No acompañado o separado</translation>
    </message>
    <message>
        <source>Under strain</source>
        <translation>Bajo presión</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Vital interest (the child&apos;s life or safety is at risk)</source>
        <translation>Interés vital (la vida o la seguridad del niño/a está en riesgo)</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Esperando una decisión</translation>
    </message>
    <message>
        <source>Well</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Median days to the first visit</source>
        <translation>Mediana de días hasta la primera visita</translation>
    </message>
    <message>
        <source>Target (days)</source>
        <translation>Objetivo (días)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Case plans</source>
        <translation>Planes de caso</translation>
    </message>
    <message>
        <source>High or critical risk</source>
        <translation>Riesgo alto o crítico</translation>
    </message>
    <message>
        <source>Other cases</source>
        <translation>Otros casos</translation>
    </message>
    <message>
        <source>Ceiling ({ceiling} cases)</source>
        <translation>Tope ({ceiling} casos)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <source>Offline-only workspace: no server</source>
        <translation>Espacio de trabajo solo sin conexión: sin servidor</translation>
    </message>
    <message>
        <source>This workspace was created without a server. Its changes stay on this device.</source>
        <translation>Este espacio de trabajo se creó sin servidor. Sus cambios se quedan en este equipo.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Counting changes waiting to sync…</source>
        <translation>Contando los cambios pendientes de sincronizar…</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nunca sincronizado</translation>
    </message>
    <message>
        <source>Nothing waiting to sync</source>
        <translation>Nada pendiente de sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes waiting to sync</source>
        <translation>
            <numerusform>%Ln cambio pendiente de sincronizar</numerusform>
            <numerusform>%Ln cambios pendientes de sincronizar</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
    <message>
        <source>No server-bound workspace is open.</source>
        <translation>No hay ningún espacio de trabajo vinculado a un servidor abierto.</translation>
    </message>
    <message>
        <source>{size} B</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Sending changes: {done} of {total}</source>
        <translation>Enviando cambios: {done} de {total}</translation>
    </message>
    <message>
        <source>Sending changes: {done}</source>
        <translation>Enviando cambios: {done}</translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln record</source>
        <translation>
            <numerusform>Recibiendo: %Ln registro</numerusform>
            <numerusform>Recibiendo: %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Receiving: %Ln records</source>
        <translation>
            <numerusform>Recibiendo: %Ln registro</numerusform>
            <numerusform>Recibiendo: %Ln registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln case no longer yours</source>
        <translation>
            <numerusform>Retirando %Ln caso que ya no es suyo</numerusform>
            <numerusform>Retirando %Ln casos que ya no son suyos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %Ln cases no longer yours</source>
        <translation>
            <numerusform>Retirando %Ln caso que ya no es suyo</numerusform>
            <numerusform>Retirando %Ln casos que ya no son suyos</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachment files: {done}</source>
        <translation>Archivos adjuntos: {done}</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalizando</translation>
    </message>
    <message>
        <source>{what} · {sent} sent, {received} received</source>
        <translation>{what} · {sent} enviados, {received} recibidos</translation>
    </message>
    <message>
        <source>up to date: nothing to send or receive.</source>
        <translation>al día: nada que enviar ni recibir.</translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln change</source>
        <translation>
            <numerusform>%Ln cambio enviado</numerusform>
            <numerusform>%Ln cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln changes</source>
        <translation>
            <numerusform>%Ln cambio enviado</numerusform>
            <numerusform>%Ln cambios enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln fusionado</numerusform>
            <numerusform>%Ln fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in conflict</source>
        <translation>
            <numerusform>%Ln en conflicto</numerusform>
            <numerusform>%Ln en conflicto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused</source>
        <translation>
            <numerusform>%Ln rechazado</numerusform>
            <numerusform>%Ln rechazados</numerusform>
        </translation>
    </message>
    <message>
        <source> ({details})</source>
        <translation> ({details})</translation>
    </message>
    <message numerus="yes">
        <source>received %Ln record</source>
        <translation>
            <numerusform>%Ln registro recibido</numerusform>
            <numerusform>%Ln registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %Ln records</source>
        <translation>
            <numerusform>%Ln registro recibido</numerusform>
            <numerusform>%Ln registros recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln case no longer assigned to you</source>
        <translation>
            <numerusform>%Ln caso que ya no tiene asignado retirado</numerusform>
            <numerusform>%Ln casos que ya no tiene asignados retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %Ln cases no longer assigned to you</source>
        <translation>
            <numerusform>%Ln caso que ya no tiene asignado retirado</numerusform>
            <numerusform>%Ln casos que ya no tiene asignados retirados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attachment files</source>
        <translation>
            <numerusform>%Ln archivo adjunto</numerusform>
            <numerusform>%Ln archivos adjuntos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln order to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>se ignoró %Ln orden de retirar un caso que el servidor no había firmado (los casos se conservan; avise a su soporte informático)</numerusform>
            <numerusform>se ignoraron %Ln órdenes de retirar un caso que el servidor no había firmado (los casos se conservan; avise a su soporte informático)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %Ln orders to remove a case that the server had not signed (the cases are kept; tell your IT support)</source>
        <translation>
            <numerusform>se ignoró %Ln orden de retirar un caso que el servidor no había firmado (los casos se conservan; avise a su soporte informático)</numerusform>
            <numerusform>se ignoraron %Ln órdenes de retirar un caso que el servidor no había firmado (los casos se conservan; avise a su soporte informático)</numerusform>
        </translation>
    </message>
    <message>
        <source>Server: {server_url}. Working offline until the first sync.</source>
        <translation>Servidor: {server_url}. Trabajando sin conexión hasta la primera sincronización.</translation>
    </message>
    <message>
        <source>This workspace is offline-only: it has no server to sync with.</source>
        <translation>Este espacio de trabajo es solo sin conexión: no tiene servidor con el que sincronizar.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sending and receiving changes with {url}.</source>
        <translation>Enviando y recibiendo cambios con {url}.</translation>
    </message>
    <message>
        <source>Up to date · synced at {time}</source>
        <translation>Al día · sincronizado a las {time}</translation>
    </message>
    <message>
        <source>Online · synced at {time}</source>
        <translation>En línea · sincronizado a las {time}</translation>
    </message>
    <message>
        <source>Up to date: nothing to send and nothing new from the server.</source>
        <translation>Al día: nada que enviar y nada nuevo del servidor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln cambio coincidió con un cambio hecho en otro lugar: elija el valor que conservar en Conflictos (Ctrl+4)</numerusform>
            <numerusform>%Ln cambios coincidieron con cambios hechos en otro lugar: elija el valor que conservar en Conflictos (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes met a change made elsewhere: choose the value to keep under Conflicts (Ctrl+4)</source>
        <translation>
            <numerusform>%Ln cambio coincidió con un cambio hecho en otro lugar: elija el valor que conservar en Conflictos (Ctrl+4)</numerusform>
            <numerusform>%Ln cambios coincidieron con cambios hechos en otro lugar: elija el valor que conservar en Conflictos (Ctrl+4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln change was refused by the server and is kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>%Ln cambio fue rechazado por el servidor y se conserva, con el motivo, en Sincronización (Ctrl+5)</numerusform>
            <numerusform>%Ln cambios fueron rechazados por el servidor y se conservan, con el motivo, en Sincronización (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changes were refused by the server and are kept, with the reason, under Sync (Ctrl+5)</source>
        <translation>
            <numerusform>%Ln cambio fue rechazado por el servidor y se conserva, con el motivo, en Sincronización (Ctrl+5)</numerusform>
            <numerusform>%Ln cambios fueron rechazados por el servidor y se conservan, con el motivo, en Sincronización (Ctrl+5)</numerusform>
        </translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Password of {user} on {server_url}:</source>
        <translation>Contraseña de {user} en {server_url}:</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>Syncing again.</source>
        <translation>Sincronizando de nuevo.</translation>
    </message>
    <message>
        <source>The server did not accept this password.</source>
        <translation>El servidor no aceptó esta contraseña.</translation>
    </message>
    <message>
        <source>Case summary of {case}</source>
        <translation>Resumen del caso {case}</translation>
    </message>
    <message>
        <source>The summary goes to a PDF file that is not encrypted: keep it only where your organisation allows. Saving it is recorded in the case&apos;s audit log.</source>
        <translation>El resumen va a un archivo PDF sin cifrar: consérvelo solo donde su organización lo permita. Guardarlo queda registrado en el registro de auditoría del caso.</translation>
    </message>
    <message>
        <source>The summary goes to the printer you choose. Printing it is recorded in the case&apos;s audit log.</source>
        <translation>El resumen va a la impresora que elija. Imprimirlo queda registrado en el registro de auditoría del caso.</translation>
    </message>
    <message>
        <source>Redact names, addresses and phone numbers</source>
        <translation>Ocultar nombres, direcciones y teléfonos</translation>
    </message>
    <message>
        <source>The family&apos;s people appear by role and number (&quot;[child 1]&quot;), also inside notes</source>
        <translation>Las personas de la familia aparecen por su papel y un número («[niño/a 1]»), también dentro de las notas</translation>
    </message>
    <message>
        <source>Enter your password: the summary leaves the encrypted workspace.</source>
        <translation>Escriba su contraseña: el resumen sale del espacio de trabajo cifrado.</translation>
    </message>
    <message>
        <source>The password could not be checked; nothing left the workspace.</source>
        <translation>No se pudo comprobar la contraseña; nada salió del espacio de trabajo.</translation>
    </message>
    <message>
        <source>Open cases at the month&apos;s end</source>
        <translation>Casos abiertos a fin de mes</translation>
    </message>
    <message>
        <source>Cases opened</source>
        <translation>Casos abiertos</translation>
    </message>
    <message>
        <source>First visit in time</source>
        <translation>Primera visita a tiempo</translation>
    </message>
    <message>
        <source>Tasks done on time</source>
        <translation>Tareas hechas a tiempo</translation>
    </message>
    <message>
        <source>Plans decided</source>
        <translation>Planes decididos</translation>
    </message>
    <message>
        <source>Median days to decision</source>
        <translation>Mediana de días hasta la decisión</translation>
    </message>
    <message>
        <source>Referrals sent</source>
        <translation>Derivaciones enviadas</translation>
    </message>
    <message>
        <source>Referrals completed</source>
        <translation>Derivaciones completadas</translation>
    </message>
    <message>
        <source>Cases closed</source>
        <translation>Casos cerrados</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Caso {number}</translation>
    </message>
    <message>
        <source>redacted</source>
        <translation>con datos ocultos</translation>
    </message>
    <message>
        <source>Printed by {user} on {when}</source>
        <translation>Impreso por {user} el {when}</translation>
    </message>
    <message>
        <source>&lt;5</source>
        <translation>&lt;5</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Indicators for evidence, {first} to {last}</source>
        <translation>Indicadores para la evidencia, de {first} a {last}</translation>
    </message>
    <message>
        <source>Counted from this device&apos;s workspace.</source>
        <translation>Contado a partir del espacio de trabajo de este dispositivo.</translation>
    </message>
    <message>
        <source>De-identified: counts under 5 are shown as &lt;5, and a count that a total would give away is left out (–).</source>
        <translation>Anonimizado: los recuentos menores de 5 se muestran como &lt;5 y se omite un recuento que un total revelaría (–).</translation>
    </message>
    <message>
        <source>Not de-identified: small counts are shown as they are.</source>
        <translation>No anonimizado: los recuentos pequeños se muestran tal cual.</translation>
    </message>
    <message>
        <source>The charts count {period}.</source>
        <translation>Los gráficos cuentan {period}.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Indicators for evidence</source>
        <translation>Indicadores para la evidencia</translation>
    </message>
    <message>
        <source>de-identified</source>
        <translation>anonimizado</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Score: computed by the server</source>
        <translation>Puntuación: calculada por el servidor</translation>
    </message>
    <message>
        <source>Restricted — ask your supervisor</source>
        <translation>Restringido — pregunte a su supervisor/a</translation>
    </message>
</context>
</TS>
