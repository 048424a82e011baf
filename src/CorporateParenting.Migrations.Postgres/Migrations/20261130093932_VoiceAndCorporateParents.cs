using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CorporateParenting.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class VoiceAndCorporateParents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OfstedUrn = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Area = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChampionRoles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TermMonths = table.Column<int>(type: "integer", nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChampionRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CorporateParentingRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InductionWithinMonths = table.Column<int>(type: "integer", nullable: false),
                    SessionsPerYear = table.Column<int>(type: "integer", nullable: false),
                    VisitEveryMonths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorporateParentingRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CouncilMembers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Ward = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Party = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ElectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BoardMemberId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilMembers_BoardMembers_BoardMemberId",
                        column: x => x.BoardMemberId,
                        principalTable: "BoardMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "DecisionChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Proposal = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DecisionMaker = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WhatItMeans = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Changed = table.Column<bool>(type: "boolean", nullable: false),
                    HowItChanged = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DecisionChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PledgeVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AdoptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChildFriendlyIntroduction = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "QuestionSets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionSets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Schools",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Urn = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    DesignatedTeacher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DesignatedTeacherEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    LinkGovernor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChildrenOnRoll = table.Column<int>(type: "integer", nullable: true),
                    CountedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schools", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Surveys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IsPledgeSurvey = table.Column<bool>(type: "boolean", nullable: false),
                    ResultsPublished = table.Column<bool>(type: "boolean", nullable: false),
                    PackMeetingId = table.Column<int>(type: "integer", nullable: true),
                    ChildFriendlySummary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Surveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Surveys_Meetings_PackMeetingId",
                        column: x => x.PackMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSessions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Topic = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Audience = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    IsInduction = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "YouthGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    MinAge = table.Column<int>(type: "integer", nullable: false),
                    MaxAge = table.Column<int>(type: "integer", nullable: true),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthGroups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MemberVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CareSettingId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberVisits_CareSettings_CareSettingId",
                        column: x => x.CareSettingId,
                        principalTable: "CareSettings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Nominations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<int>(type: "integer", nullable: false),
                    CouncilMemberId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: true),
                    ResolutionId = table.Column<int>(type: "integer", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nominations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nominations_ChampionRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "ChampionRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_CouncilMembers_CouncilMemberId",
                        column: x => x.CouncilMemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nominations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Nominations_Resolutions_ResolutionId",
                        column: x => x.ResolutionId,
                        principalTable: "Resolutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PenPictures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CouncilMemberId = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    WhoIAm = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WhyICare = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    WhatIDo = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Photo = table.Column<byte[]>(type: "bytea", nullable: true),
                    PhotoContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PhotoConsent = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DraftedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    DraftedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SentForApprovalAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WithdrawnAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PenPictures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PenPictures_CouncilMembers_CouncilMemberId",
                        column: x => x.CouncilMemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CouncilMemberId = table.Column<int>(type: "integer", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingReminders_CouncilMembers_CouncilMemberId",
                        column: x => x.CouncilMemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgePromises",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PledgeVersionId = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ChildFriendlyText = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CarriedFromId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgePromises", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgePromises_PledgePromises_CarriedFromId",
                        column: x => x.CarriedFromId,
                        principalTable: "PledgePromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PledgePromises_PledgeVersions_PledgeVersionId",
                        column: x => x.PledgeVersionId,
                        principalTable: "PledgeVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuestionSetId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsCore = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Hint = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Options = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ResultLabel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyQuestions_QuestionSets_QuestionSetId",
                        column: x => x.QuestionSetId,
                        principalTable: "QuestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyBands",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    QuestionSetId = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EligibleCount = table.Column<int>(type: "integer", nullable: true),
                    EligibleSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyBands", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyBands_QuestionSets_QuestionSetId",
                        column: x => x.QuestionSetId,
                        principalTable: "QuestionSets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyBands_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCommentThemes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Approved = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCommentThemes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCommentThemes_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingAttendances",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SessionId = table.Column<int>(type: "integer", nullable: false),
                    CouncilMemberId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAttendances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_CouncilMembers_CouncilMemberId",
                        column: x => x.CouncilMemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAttendances_TrainingSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthGroupMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthGroupId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthGroupMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthGroupMeetings_YouthGroups_YouthGroupId",
                        column: x => x.YouthGroupId,
                        principalTable: "YouthGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouthGroupReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    YouthGroupId = table.Column<int>(type: "integer", nullable: false),
                    MeetingId = table.Column<int>(type: "integer", nullable: false),
                    TalkedAbout = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    WantBoardToKnow = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportRequestId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthGroupReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthGroupReports_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_YouthGroupReports_ReportRequests_ReportRequestId",
                        column: x => x.ReportRequestId,
                        principalTable: "ReportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_YouthGroupReports_YouthGroups_YouthGroupId",
                        column: x => x.YouthGroupId,
                        principalTable: "YouthGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MemberVisitActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VisitId = table.Column<int>(type: "integer", nullable: false),
                    BoardActionId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberVisitActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberVisitActions_BoardActions_BoardActionId",
                        column: x => x.BoardActionId,
                        principalTable: "BoardActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberVisitActions_MemberVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "MemberVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberVisitAttendees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VisitId = table.Column<int>(type: "integer", nullable: false),
                    CouncilMemberId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberVisitAttendees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberVisitAttendees_CouncilMembers_CouncilMemberId",
                        column: x => x.CouncilMemberId,
                        principalTable: "CouncilMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MemberVisitAttendees_MemberVisits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "MemberVisits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgePromiseActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    StrategyActionId = table.Column<int>(type: "integer", nullable: true),
                    BoardActionId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgePromiseActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgePromiseActions_BoardActions_BoardActionId",
                        column: x => x.BoardActionId,
                        principalTable: "BoardActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PledgePromiseActions_PledgePromises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "PledgePromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PledgePromiseActions_StrategyActions_StrategyActionId",
                        column: x => x.StrategyActionId,
                        principalTable: "StrategyActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgePromisePapers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    ReportRequestId = table.Column<int>(type: "integer", nullable: false),
                    How = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgePromisePapers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgePromisePapers_PledgePromises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "PledgePromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PledgePromisePapers_ReportRequests_ReportRequestId",
                        column: x => x.ReportRequestId,
                        principalTable: "ReportRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgePromiseQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PromiseId = table.Column<int>(type: "integer", nullable: false),
                    QuestionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgePromiseQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgePromiseQuestions_PledgePromises_PromiseId",
                        column: x => x.PromiseId,
                        principalTable: "PledgePromises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCodeBatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyBandId = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCodeBatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCodeBatches_SurveyBands_SurveyBandId",
                        column: x => x.SurveyBandId,
                        principalTable: "SurveyBands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyResponses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: false),
                    SurveyBandId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_SurveyBands_SurveyBandId",
                        column: x => x.SurveyBandId,
                        principalTable: "SurveyBands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyResponses_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "YouthGroupQuestions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ReportId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    BoardAnswer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouthGroupQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouthGroupQuestions_YouthGroupReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "YouthGroupReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyCodes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SurveyBandId = table.Column<int>(type: "integer", nullable: false),
                    BatchId = table.Column<int>(type: "integer", nullable: false),
                    CodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Used = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyCodes_SurveyBands_SurveyBandId",
                        column: x => x.SurveyBandId,
                        principalTable: "SurveyBands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SurveyCodes_SurveyCodeBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "SurveyCodeBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ResponseId = table.Column<Guid>(type: "uuid", nullable: false),
                    QuestionId = table.Column<int>(type: "integer", nullable: false),
                    Choice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RedactedText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ThemeId = table.Column<int>(type: "integer", nullable: true),
                    Review = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyCommentThemes_ThemeId",
                        column: x => x.ThemeId,
                        principalTable: "SurveyCommentThemes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "SurveyQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SurveyAnswers_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RaisedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SurveyId = table.Column<int>(type: "integer", nullable: true),
                    SurveyQuestionKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    YouthGroupReportId = table.Column<int>(type: "integer", nullable: true),
                    YouthGroupQuestionId = table.Column<int>(type: "integer", nullable: true),
                    YouSaid = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WeDid = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FedBackOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FedBackHow = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    ChildFriendlyYouSaid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ChildFriendlyWeDid = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouSaidEntries_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_YouSaidEntries_YouthGroupQuestions_YouthGroupQuestionId",
                        column: x => x.YouthGroupQuestionId,
                        principalTable: "YouthGroupQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_YouSaidEntries_YouthGroupReports_YouthGroupReportId",
                        column: x => x.YouthGroupReportId,
                        principalTable: "YouthGroupReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "YouSaidLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EntryId = table.Column<int>(type: "integer", nullable: false),
                    StrategyActionId = table.Column<int>(type: "integer", nullable: true),
                    BoardActionId = table.Column<int>(type: "integer", nullable: true),
                    RecommendationId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_YouSaidLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_YouSaidLinks_BoardActions_BoardActionId",
                        column: x => x.BoardActionId,
                        principalTable: "BoardActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_YouSaidLinks_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_YouSaidLinks_StrategyActions_StrategyActionId",
                        column: x => x.StrategyActionId,
                        principalTable: "StrategyActions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_YouSaidLinks_YouSaidEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "YouSaidEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_BoardMemberId",
                table: "CouncilMembers",
                column: "BoardMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_CouncilMembers_Email",
                table: "CouncilMembers",
                column: "Email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberVisitActions_BoardActionId",
                table: "MemberVisitActions",
                column: "BoardActionId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVisitActions_VisitId",
                table: "MemberVisitActions",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVisitAttendees_CouncilMemberId",
                table: "MemberVisitAttendees",
                column: "CouncilMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVisitAttendees_VisitId_CouncilMemberId",
                table: "MemberVisitAttendees",
                columns: new[] { "VisitId", "CouncilMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MemberVisits_CareSettingId",
                table: "MemberVisits",
                column: "CareSettingId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_CouncilMemberId",
                table: "Nominations",
                column: "CouncilMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_MeetingId",
                table: "Nominations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ResolutionId",
                table: "Nominations",
                column: "ResolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_RoleId",
                table: "Nominations",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "IX_PenPictures_CouncilMemberId_Version",
                table: "PenPictures",
                columns: new[] { "CouncilMemberId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromiseActions_BoardActionId",
                table: "PledgePromiseActions",
                column: "BoardActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromiseActions_PromiseId",
                table: "PledgePromiseActions",
                column: "PromiseId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromiseActions_StrategyActionId",
                table: "PledgePromiseActions",
                column: "StrategyActionId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromisePapers_PromiseId_ReportRequestId",
                table: "PledgePromisePapers",
                columns: new[] { "PromiseId", "ReportRequestId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromisePapers_ReportRequestId",
                table: "PledgePromisePapers",
                column: "ReportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromiseQuestions_PromiseId_QuestionKey",
                table: "PledgePromiseQuestions",
                columns: new[] { "PromiseId", "QuestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromises_CarriedFromId",
                table: "PledgePromises",
                column: "CarriedFromId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgePromises_PledgeVersionId",
                table: "PledgePromises",
                column: "PledgeVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeVersions_Version",
                table: "PledgeVersions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionSets_Key_Version",
                table: "QuestionSets",
                columns: new[] { "Key", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_QuestionId",
                table: "SurveyAnswers",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ResponseId",
                table: "SurveyAnswers",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyAnswers_ThemeId",
                table: "SurveyAnswers",
                column: "ThemeId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBands_QuestionSetId",
                table: "SurveyBands",
                column: "QuestionSetId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyBands_SurveyId",
                table: "SurveyBands",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCodeBatches_SurveyBandId",
                table: "SurveyCodeBatches",
                column: "SurveyBandId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCodes_BatchId",
                table: "SurveyCodes",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCodes_CodeHash",
                table: "SurveyCodes",
                column: "CodeHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCodes_SurveyBandId",
                table: "SurveyCodes",
                column: "SurveyBandId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyCommentThemes_SurveyId",
                table: "SurveyCommentThemes",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyQuestions_QuestionSetId_Key",
                table: "SurveyQuestions",
                columns: new[] { "QuestionSetId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyBandId",
                table: "SurveyResponses",
                column: "SurveyBandId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId",
                table: "SurveyResponses",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_PackMeetingId",
                table: "Surveys",
                column: "PackMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_CouncilMemberId",
                table: "TrainingAttendances",
                column: "CouncilMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAttendances_SessionId_CouncilMemberId",
                table: "TrainingAttendances",
                columns: new[] { "SessionId", "CouncilMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingReminders_CouncilMemberId",
                table: "TrainingReminders",
                column: "CouncilMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidEntries_SurveyId",
                table: "YouSaidEntries",
                column: "SurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidEntries_YouthGroupQuestionId",
                table: "YouSaidEntries",
                column: "YouthGroupQuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidEntries_YouthGroupReportId",
                table: "YouSaidEntries",
                column: "YouthGroupReportId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidLinks_BoardActionId",
                table: "YouSaidLinks",
                column: "BoardActionId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidLinks_EntryId",
                table: "YouSaidLinks",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidLinks_RecommendationId",
                table: "YouSaidLinks",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_YouSaidLinks_StrategyActionId",
                table: "YouSaidLinks",
                column: "StrategyActionId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupMeetings_YouthGroupId",
                table: "YouthGroupMeetings",
                column: "YouthGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupQuestions_ReportId",
                table: "YouthGroupQuestions",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupReports_MeetingId",
                table: "YouthGroupReports",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupReports_ReportRequestId",
                table: "YouthGroupReports",
                column: "ReportRequestId");

            migrationBuilder.CreateIndex(
                name: "IX_YouthGroupReports_YouthGroupId_MeetingId",
                table: "YouthGroupReports",
                columns: new[] { "YouthGroupId", "MeetingId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CorporateParentingRules");

            migrationBuilder.DropTable(
                name: "DecisionChecks");

            migrationBuilder.DropTable(
                name: "MemberVisitActions");

            migrationBuilder.DropTable(
                name: "MemberVisitAttendees");

            migrationBuilder.DropTable(
                name: "Nominations");

            migrationBuilder.DropTable(
                name: "PenPictures");

            migrationBuilder.DropTable(
                name: "PledgePromiseActions");

            migrationBuilder.DropTable(
                name: "PledgePromisePapers");

            migrationBuilder.DropTable(
                name: "PledgePromiseQuestions");

            migrationBuilder.DropTable(
                name: "Schools");

            migrationBuilder.DropTable(
                name: "SurveyAnswers");

            migrationBuilder.DropTable(
                name: "SurveyCodes");

            migrationBuilder.DropTable(
                name: "TrainingAttendances");

            migrationBuilder.DropTable(
                name: "TrainingReminders");

            migrationBuilder.DropTable(
                name: "YouSaidLinks");

            migrationBuilder.DropTable(
                name: "YouthGroupMeetings");

            migrationBuilder.DropTable(
                name: "MemberVisits");

            migrationBuilder.DropTable(
                name: "ChampionRoles");

            migrationBuilder.DropTable(
                name: "PledgePromises");

            migrationBuilder.DropTable(
                name: "SurveyCommentThemes");

            migrationBuilder.DropTable(
                name: "SurveyQuestions");

            migrationBuilder.DropTable(
                name: "SurveyResponses");

            migrationBuilder.DropTable(
                name: "SurveyCodeBatches");

            migrationBuilder.DropTable(
                name: "TrainingSessions");

            migrationBuilder.DropTable(
                name: "CouncilMembers");

            migrationBuilder.DropTable(
                name: "YouSaidEntries");

            migrationBuilder.DropTable(
                name: "CareSettings");

            migrationBuilder.DropTable(
                name: "PledgeVersions");

            migrationBuilder.DropTable(
                name: "SurveyBands");

            migrationBuilder.DropTable(
                name: "YouthGroupQuestions");

            migrationBuilder.DropTable(
                name: "QuestionSets");

            migrationBuilder.DropTable(
                name: "Surveys");

            migrationBuilder.DropTable(
                name: "YouthGroupReports");

            migrationBuilder.DropTable(
                name: "YouthGroups");
        }
    }
}
