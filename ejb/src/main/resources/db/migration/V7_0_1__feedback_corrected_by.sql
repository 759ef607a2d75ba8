-- Who corrected a feedback item last, and when: shown beside the corrected labels (the full
-- history stays in feedback_correction, from which existing corrections are filled in).
alter table feedback add column corrected_by varchar(80);
alter table feedback add column corrected_at timestamp with time zone;

update feedback
   set corrected_by = (select c.corrected_by from feedback_correction c
                        where c.id = (select max(l.id) from feedback_correction l where l.feedback_id = feedback.id)),
       corrected_at = (select c.corrected_at from feedback_correction c
                        where c.id = (select max(l.id) from feedback_correction l where l.feedback_id = feedback.id))
 where exists (select 1 from feedback_correction c where c.feedback_id = feedback.id);
