package org.replyarchive.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.replyarchive.model.Department;
import org.replyarchive.model.Disclosure;
import org.replyarchive.model.ProposalKind;
import org.replyarchive.model.Proposer;
import org.replyarchive.model.Session;
import org.replyarchive.model.Topic;

/** The front matter of a reply's official file, checked and resolved against the registries. */
record OfficialFields(
        String title,
        String docNumber,
        LocalDate date,
        Session session,
        String proposalNumber,
        ProposalKind kind,
        String proposalTitle,
        List<Proposer> proposers,
        List<String> joint,
        Department lead,
        List<Department> co,
        CaseFieldsReader.CaseFields caseFields,
        List<Topic> topics,
        Disclosure disclosure,
        Optional<String> summary,
        Optional<org.replyarchive.model.SourceText> source,
        List<org.replyarchive.model.Correction> corrections,
        YamlNode.Mapping yaml) {}
