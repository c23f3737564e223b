<#ftl output_format="LaTeX">
<#-- The LaTeX certificate. Auto-escaped by the LaTeX output format (LatexOutputFormat): every
     ${...} from the spec is printed literally; only .math (the tool's own LaTeX for formulas),
     .picture (TikZ) and .texColour are markup built in Java. Uses only packages from Debian's
     texlive-latex-base, -latex-recommended and -pictures. -->
<#include "latex-common.ftl">
<#if !fragment>
\documentclass[10pt,a4paper]{article}
\usepackage[margin=2cm]{geometry}
\usepackage[utf8]{inputenc}
\usepackage{amsmath,amssymb,amsthm,array,booktabs,longtable,tikz}
\begin{document}
</#if>
% depthcert certificate. As a fragment it needs: amsmath, amssymb, amsthm, array, booktabs,
% longtable, tikz (which loads xcolor).
\section*{Depth certificate: ${title}}
\noindent
<@verdictBox verdict/><#nt>
\quad\textbf{${headline}.} ${klass.statement}.

\smallskip\noindent{\small ${source}<#if file?has_content>. Spec \texttt{${fileBreakable}}</#if>.}
<#if description?has_content>

\smallskip\noindent{\small ${description}}
</#if>

\medskip\noindent\textbf{Lemma (certified depth).}\ \textit{Let <#list parameters as p>$${p.name}$ be the ${p.meaning}<#sep>, </#list>; assume <#list assumptions as a>\texttt{${a}}<#sep>, </#list>, and let every depth constant (<#list constants as k>\texttt{${k}}<#sep>, </#list>) be a positive integer. The model \emph{${title}}, composed as \texttt{${composition}}, is computed by a circuit of depth}
\begin{center}
${depth.math}
\end{center}
\noindent\textit{made of ${sizeGadgets.math} primitive gadgets, that is <#if sizeDegree?has_content>$O(n^{${sizeDegree}})$<#else>${sizeBound}</#if> many. Hence it lies in ${klass.statement}.}

\begin{proof}
<#list blocks as b>
<#if b.opaque>
Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if> is opaque, of assumed depth ${b.depth.math}.
<#else>
Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if> has depth ${b.depth.math}: each node's arrival depth is the largest arrival depth of its inputs plus the depth of the lemma it applies (its figure shows the data flow).
<#list b.paths as p>
Along critical path ${p.number} (\textcolor${p.texColour}{\rule[0.4ex]{1.5em}{2pt}}) the depths add up to ${p.term.math}:
\begin{center}\small
\begin{tabular}{@{}lllll@{}}
\toprule
edge & op & lemma & adds & depth so far\\
\midrule
<#list p.steps as s>
\texttt{${s.from}} $\to$ \texttt{${s.node}} & \texttt{${s.op}} & ${s.lemma} & ${s.local.math} & ${s.arrival.math}\\
</#list>
\bottomrule
\end{tabular}
\end{center}
</#list>
</#if>
</#list>
The model composes these blocks as \texttt{${composition}}<#if composition?contains("*")>, a repeated part adding its depth once per repetition</#if>, which gives the depth above. Every step and every inequality below is re-checkable from certificate.json in exact arithmetic.
\end{proof}

\subsection*{Claims}
<#if claims?size == 0>
The spec states no claims.
<#else>
{\small\setlength{\tabcolsep}{4pt}
\begin{longtable}{@{}>{\raggedright}p{2.1cm}>{\raggedright}p{1.5cm}>{\raggedright}p{4.1cm}>{\raggedright}p{4.6cm}>{\raggedright\arraybackslash}p{3.9cm}@{}}
\toprule
claim & verdict & stated & computed & slack, counterexample, condition\\
\midrule
\endhead
<#list claims as c>
\textbf{${c.id}}\newline{\footnotesize ${c.subject}} & <@verdictText c.verdict/><#if c.claimedClass?has_content>\newline{\footnotesize class ${c.claimedClass}: ${c.classVerdict}}</#if> & <#if c.hasStated>${c.stated.math}<#else>--</#if> & ${c.computed.math} & <#if c.hasSlack>slack ${c.slack.math}</#if><#if c.hasExcess>excess ${c.excess.math}</#if><#if c.counterexample?has_content> counterexample \texttt{${c.counterexample}}</#if><#if c.holdsIf?has_content> holds iff \texttt{${c.holdsIf}}</#if><#if c.verdict == "FAILS" && !c.holdsIf?has_content> never holds</#if>\\
</#list>
\bottomrule
\end{longtable}}

\noindent The stated bounds as written in the paper:
\begin{itemize}
<#list claims as c>
\item[$\bullet$] ${c.id} (${c.source}): <#if c.statedAsWritten?has_content>\texttt{${c.statedAsWritten}}<#else>no depth stated</#if>
</#list>
\end{itemize}
</#if>
<#if findings?size gt 0>

\subsection*{Findings}
\begin{itemize}
<#list findings as f>
\item[$\bullet$] \textbf{${f.severity}}<#if f.claim?has_content> (${f.claim})</#if>, ${f.check}: ${f.message}
</#list>
\end{itemize}
</#if>
<#if klass.corollaries?size gt 0>

\subsection*{Hardness corollaries}
\begin{itemize}
<#list klass.corollaries as k>
\item[$\bullet$] ${k.statement} (${k.reference})
</#list>
\end{itemize}
</#if>
<#list blocks as b>
<#if !b.opaque>

\begin{figure}[!htbp]
\centering
${b.picture}
\caption{Block \texttt{${b.name}}<#if b.title?has_content> (${b.title})</#if>: data flow, inputs dashed<#list b.paths as p>; critical path ${p.number} \textcolor${p.texColour}{\rule[0.4ex]{1.5em}{2pt}} of depth ${p.term.math}</#list>.<#if b.pictureOmits?has_content> ${b.pictureOmits}</#if>}
\end{figure}
</#if>
</#list>

\noindent{\footnotesize Certificate format ${certVersion}, ${tool}. Spec sha256 \texttt{${specSha256}}, lemma catalog sha256 \texttt{${catalogSha256}}.}
<#if !fragment>
\end{document}
</#if>
